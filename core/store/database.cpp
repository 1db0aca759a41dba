// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/database.h"

#include "store/dialect.h"
#include "store/migrations.h"
#include "store/search_match.h"
#include "store/sql.h"
#include "store/store_log.h"
#include "store/workspace_backup.h"

#include <QDateTime>
#include <QFileInfo>
#include <QSqlError>
#include <QUuid>

#include <cstring>
#include <sqlite3.h>

namespace hearken {

namespace {

// PRAGMA application_id marks a file as a Hearken workspace ("HRKN").
constexpr qint64 applicationId = 0x48524B4E;

bool isInMemory(const QString& path)
{
    return path == QLatin1String(Database::inMemory);
}

// Refuses, before SQLite opens the file, anything Hearken must not write to. Looks only at
// the file's metadata: see checkHeader() for why it never opens the file itself.
StoreResult<void> checkFileBeforeOpening(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        const QFileInfo dir(info.absolutePath());
        if (!dir.isDir() || !dir.isWritable())
            return storeError(StoreError::Kind::CannotOpen,
                              QStringLiteral("Cannot create a workspace in %1: the folder does not "
                                             "exist or is not writable.")
                                  .arg(dir.absoluteFilePath()));
        return {};
    }
    if (!info.isFile())
        return storeError(StoreError::Kind::CannotOpen,
                          QStringLiteral("%1 is not a file.").arg(info.absoluteFilePath()));
    // The permission bits count even for root: a file marked read-only is meant to stay so.
    const bool markedReadOnly = !(info.permissions() & QFileDevice::WriteOwner);
    if (!info.isReadable() || !info.isWritable() || markedReadOnly ||
        !QFileInfo(info.absolutePath()).isWritable())
        return storeError(StoreError::Kind::ReadOnly,
                          QStringLiteral("The workspace %1 is read-only. Hearken needs to write to "
                                         "the file and its folder; check their permissions or "
                                         "copy the workspace somewhere writable.")
                              .arg(info.absoluteFilePath()));
    return {};
}

// Reads the file's first bytes through the descriptor SQLite opened, before SQLite reads
// anything. Any other descriptor of the file, once closed, would drop every POSIX lock this
// process holds on it, those of its other open connections too; another process would then
// take the workspace for unused and delete the write-ahead log under them.
StoreResult<void> checkHeader(const QSqlDatabase& db, const QString& path)
{
    sqlite3_file* file = nullptr;
    sqlite3* handle = sql::connectionOf(db.driver());
    sqlite3_int64 size = 0;
    if (!handle ||
        sqlite3_file_control(handle, "main", SQLITE_FCNTL_FILE_POINTER, &file) != SQLITE_OK ||
        !file || !file->pMethods || file->pMethods->xFileSize(file, &size) != SQLITE_OK)
        return storeError(StoreError::Kind::CannotOpen,
                          QStringLiteral("Cannot read %1: %2")
                              .arg(path, handle ? QString::fromUtf8(sqlite3_errmsg(handle))
                                                : QStringLiteral("no SQLite connection")));
    if (size == 0)
        return {};
    static constexpr char magic[] = "SQLite format 3";
    char header[sizeof magic] = {};
    // A file shorter than the header reads as zeros past its end and fails the comparison.
    const int read = file->pMethods->xRead(file, header, int(sizeof header), 0);
    if (read != SQLITE_OK && read != SQLITE_IOERR_SHORT_READ)
        return storeError(StoreError::Kind::CannotOpen,
                          QStringLiteral("Cannot read %1: %2")
                              .arg(path, QString::fromUtf8(sqlite3_errstr(read))));
    if (std::memcmp(header, magic, sizeof magic) != 0)
        return storeError(StoreError::Kind::NotAWorkspace,
                          QStringLiteral("%1 is not a Hearken workspace (it is not an SQLite "
                                         "database). The file was left untouched.")
                              .arg(path));
    return {};
}

// How long a connection waits for another one's write before giving up with "database is
// locked".
constexpr int busyTimeoutMs = 5000;
constexpr int busyStepMs = 2;

// Waits for the write lock in short steps. SQLite's own wait polls only every 100 ms after
// the first third of a second, so a writer waiting behind a long import kept missing the
// moments between its transactions.
int waitInShortSteps(void*, int attempts)
{
    if (attempts == 0)
        qCDebug(lcStore) << "The workspace is busy with another connection's write; waiting";
    if (attempts * busyStepMs >= busyTimeoutMs) {
        qCDebug(lcStore) << "Gave up waiting for the workspace after" << busyTimeoutMs << "ms";
        return 0;
    }
    sqlite3_sleep(busyStepMs);
    return 1;
}

StoreResult<qint64> pragmaValue(const QSqlDatabase& db, const QString& pragma)
{
    auto query = sql::exec(db, QStringLiteral("PRAGMA ") + pragma);
    if (!query)
        return tl::unexpected(query.error());
    return sql::firstValue(*query, qint64(0));
}

// Reads the schema without writing, so that a damaged or foreign file is refused as it is.
StoreResult<void> checkIdentity(const QSqlDatabase& db, const QString& path)
{
    auto tables = sql::exec(db, QStringLiteral("SELECT count(*) FROM sqlite_master"));
    auto version = pragmaValue(db, QStringLiteral("user_version"));
    auto appId = pragmaValue(db, QStringLiteral("application_id"));
    if (!tables || !version || !appId || !tables->next())
        return tl::unexpected(damagedWorkspace(
            path, !tables ? tables.error().message : QStringLiteral("unreadable header")));
    const bool empty = tables->value(0).toInt() == 0 && *version == 0;
    if (!empty && *appId != applicationId)
        return storeError(StoreError::Kind::NotAWorkspace,
                          QStringLiteral("%1 is an SQLite database of another program, not a "
                                         "Hearken workspace. The file was left untouched.")
                              .arg(path));
    if (*version > Database::newestSchemaVersion())
        return storeError(StoreError::Kind::TooNew,
                          QStringLiteral("The workspace %1 was saved by a newer version of Hearken "
                                         "(schema %2; this version knows up to %3). Update Hearken "
                                         "to open it. The file was left untouched.")
                              .arg(path)
                              .arg(*version)
                              .arg(Database::newestSchemaVersion()));
    return {};
}

StoreResult<void> setPragma(const QSqlDatabase& db, const QString& pragma)
{
    if (auto set = sql::exec(db, QStringLiteral("PRAGMA ") + pragma); !set)
        return tl::unexpected(set.error());
    return {};
}

StoreResult<void> configure(const QSqlDatabase& db, bool inMemory, OpenMode mode)
{
    // Settings of this connection alone, which leave the file as it is. A 32 MiB page cache
    // keeps the indexes a queue page touches in memory at a million rows.
    QStringList pragmas{QStringLiteral("foreign_keys = ON"), QStringLiteral("cache_size = -32768")};
    if (!inMemory)
        pragmas << QStringLiteral("synchronous = NORMAL");
    if (mode == OpenMode::ReadOnly)
        pragmas << QStringLiteral("query_only = ON");
    for (const QString& pragma : pragmas) {
        if (auto set = setPragma(db, pragma); !set)
            return set;
    }
    if (mode == OpenMode::ReadOnly)
        return {};
    // These write the file's header, so only when they change it: a new workspace.
    auto appId = pragmaValue(db, QStringLiteral("application_id"));
    if (!appId)
        return tl::unexpected(appId.error());
    if (*appId != applicationId) {
        if (auto set = setPragma(db, QStringLiteral("application_id = %1").arg(applicationId));
            !set)
            return set;
    }
    if (inMemory)
        return {};
    auto journal = sql::exec(db, QStringLiteral("PRAGMA journal_mode"));
    if (!journal)
        return tl::unexpected(journal.error());
    auto journalMode = sql::firstValue(*journal, QString());
    if (!journalMode)
        return tl::unexpected(journalMode.error());
    if (journalMode->compare(u"wal", Qt::CaseInsensitive) == 0)
        return {};
    return setPragma(db, QStringLiteral("journal_mode = WAL"));
}

// A command that only reads must not upgrade the file, and this build's queries need the
// newest schema.
StoreResult<void> checkCurrent(const QSqlDatabase& db, const QString& path)
{
    auto version = pragmaValue(db, QStringLiteral("user_version"));
    if (!version)
        return tl::unexpected(version.error());
    if (*version == Database::newestSchemaVersion())
        return {};
    return storeError(StoreError::Kind::TooOld,
                      QStringLiteral("The workspace %1 was saved by an older version of Hearken "
                                     "(schema %2; this version uses %3) and needs upgrading, "
                                     "which a command that only reads does not do. Open it "
                                     "once in Hearken's window, or run a command that changes "
                                     "it such as sync, then try again.")
                          .arg(path)
                          .arg(*version)
                          .arg(Database::newestSchemaVersion()));
}

// A workspace with data is copied aside before its schema changes, so that an upgrade that
// goes wrong can be undone.
StoreResult<void> backUpBeforeMigrating(const QSqlDatabase& db, const QString& path, int target)
{
    auto version = pragmaValue(db, QStringLiteral("user_version"));
    if (!version)
        return tl::unexpected(version.error());
    if (*version == 0 || *version >= target)
        return {};
    if (auto made = WorkspaceBackups(path).make(QDateTime::currentDateTimeUtc()); !made)
        return storeError(StoreError::Kind::Migration,
                          QStringLiteral("Hearken could not back up %1 before upgrading it, so it "
                                         "left the workspace as it is: %2")
                              .arg(path, made.error().message));
    return {};
}

} // namespace

Database::Database(QString path, QString connectionName, OpenMode mode, Engine engine)
    : m_path(std::move(path))
    , m_engine(engine)
    , m_connectionName(std::move(connectionName))
    , m_mode(mode)
{}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen()) {
            optimize();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

StoreResult<std::unique_ptr<Database>> Database::open(const QString& path, OpenMode mode,
                                                      const QString& password)
{
    return openAs(path, mode, newestSchemaVersion(), password);
}

StoreResult<std::unique_ptr<Database>> Database::openAtVersion(const QString& path, int version)
{
    return openAs(path, OpenMode::CreateIfMissing, version);
}

StoreResult<std::unique_ptr<Database>> Database::openAs(const QString& path, OpenMode mode,
                                                        int version, const QString& password)
{
    WorkspaceLocation location = WorkspaceLocation::parse(path);
    if (location.engine == Engine::Sqlite)
        return openFile(path, mode, version);
    if (!password.isEmpty())
        location.password = password;
    return openServer(location, mode, version);
}

Database::Reopen Database::reopener() const
{
    return [path = m_path, mode = m_mode, password = connection().password()] {
        return open(path, mode, password);
    };
}

bool Database::connectionLost() const
{
    return m_engine == Engine::Postgresql && sql::serverConnectionLost(connection().driver());
}

bool Database::answers() const
{
    return m_engine == Engine::Sqlite ||
           (!connectionLost() && sql::exec(connection(), QStringLiteral("SELECT 1")).has_value());
}

StoreResult<void> Database::reconnect()
{
    if (m_engine == Engine::Sqlite)
        return {};
    return reconnectServer();
}

StoreResult<std::unique_ptr<Database>> Database::openFile(const QString& path, OpenMode mode,
                                                          int version)
{
    const bool memory = isInMemory(path);
    if (!memory && mode != OpenMode::CreateIfMissing && !QFileInfo::exists(path))
        return storeError(StoreError::Kind::Missing,
                          QStringLiteral("There is no workspace at %1 (nothing was created). "
                                         "Check the path.")
                              .arg(QFileInfo(path).absoluteFilePath()));
    if (!memory) {
        if (auto usable = checkFileBeforeOpening(path); !usable)
            return tl::unexpected(usable.error());
    }
    qCDebug(lcStore) << "Opening the workspace" << path << "at schema" << version;
    const QString name =
        QStringLiteral("hearken-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<Database> database(new Database(path, name, mode, Engine::Sqlite));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    if (!db.open())
        return storeError(
            StoreError::Kind::CannotOpen,
            QStringLiteral("Cannot open the workspace %1: %2").arg(path, db.lastError().text()));
    sqlite3* handle = sql::connectionOf(db.driver());
    sqlite3_busy_handler(handle, waitInShortSteps, nullptr);
    if (!SearchMatch::addFunction(handle))
        return storeError(StoreError::Kind::CannotOpen,
                          QStringLiteral("Cannot open the workspace %1: %2")
                              .arg(path, QString::fromUtf8(sqlite3_errmsg(handle))));
    if (!memory) {
        if (auto header = checkHeader(db, path); !header)
            return tl::unexpected(header.error());
    }
    if (auto identity = checkIdentity(db, path); !identity)
        return tl::unexpected(identity.error());
    if (mode == OpenMode::ReadOnly) {
        if (auto current = checkCurrent(db, path); !current)
            return tl::unexpected(current.error());
    }
    if (auto configured = configure(db, memory, mode); !configured)
        return tl::unexpected(configured.error());
    if (mode != OpenMode::ReadOnly) {
        if (!memory) {
            if (auto backedUp = backUpBeforeMigrating(db, path, version); !backedUp)
                return tl::unexpected(backedUp.error());
        }
        if (auto migrated = migrate(db, version); !migrated)
            return tl::unexpected(migrated.error());
    }
    return database;
}

bool Database::keepsFileBackups() const
{
    return m_engine == Engine::Sqlite && !isInMemory(m_path);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    return schemaVersionOf(connection()).value_or(0);
}

int Database::newestSchemaVersion()
{
    static const int newest = newestBundledVersion();
    return newest;
}

void Database::optimize()
{
    const QString statement = Dialect::of(m_engine).optimize();
    if (m_mode != OpenMode::ReadOnly && !statement.isEmpty())
        (void)sql::exec(connection(), statement);
}

} // namespace hearken
