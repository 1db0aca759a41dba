// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/workspace_backup.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <memory>
#include <sqlite3.h>

namespace hearken {

namespace {

const QString stampFormat = QStringLiteral("yyyyMMdd-HHmmsszzz");
const QString suffix = QStringLiteral(".hearken");

struct CloseConnection {
    void operator()(sqlite3* db) const { sqlite3_close_v2(db); }
};
using Connection = std::unique_ptr<sqlite3, CloseConnection>;

StoreResult<Connection> openConnection(const QString& path, int flags)
{
    sqlite3* raw = nullptr;
    const int opened = sqlite3_open_v2(QFile::encodeName(path).constData(), &raw, flags, nullptr);
    Connection db(raw);
    if (opened != SQLITE_OK)
        return storeError(StoreError::Kind::CannotOpen,
                          QStringLiteral("Cannot open %1: %2")
                              .arg(path, QString::fromUtf8(db ? sqlite3_errmsg(db.get())
                                                              : sqlite3_errstr(opened))));
    sqlite3_busy_timeout(db.get(), 5000);
    return db;
}

QString lastError(sqlite3* db, const QString& path)
{
    return QStringLiteral("%1: %2").arg(path, QString::fromUtf8(sqlite3_errmsg(db)));
}

// How closely a copy is checked: every index entry against its row right after it is made,
// every page (quicker) when looking for one to restore.
enum class Check { Integrity, Quick };

// Whether SQLite finds the database whole.
StoreResult<void> checkWhole(sqlite3* db, const QString& path, Check check)
{
    sqlite3_stmt* raw = nullptr;
    const char* pragma =
        check == Check::Integrity ? "PRAGMA integrity_check" : "PRAGMA quick_check";
    if (sqlite3_prepare_v2(db, pragma, -1, &raw, nullptr) != SQLITE_OK)
        return storeError(StoreError::Kind::Corrupt, lastError(db, path));
    std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt*)> statement(raw, sqlite3_finalize);
    const int stepped = sqlite3_step(raw);
    const QString first =
        stepped == SQLITE_ROW
            ? QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(raw, 0)))
            : QString::fromUtf8(sqlite3_errmsg(db));
    if (first != u"ok")
        return storeError(StoreError::Kind::Corrupt,
                          QStringLiteral("%1 is damaged: %2").arg(path, first));
    return {};
}

// Copies `from` into a new file `to` with SQLite's online backup, in one read transaction of
// `from` (so the copy is one consistent state), and checks the copy.
StoreResult<void> copyDatabase(const QString& from, const QString& to)
{
    auto source = openConnection(from, SQLITE_OPEN_READWRITE);
    if (!source)
        return tl::unexpected(source.error());
    auto target = openConnection(to, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    if (!target)
        return tl::unexpected(target.error());
    sqlite3_backup* backup = sqlite3_backup_init(target->get(), "main", source->get(), "main");
    if (!backup)
        return storeError(StoreError::Kind::Query, lastError(target->get(), to));
    const int stepped = sqlite3_backup_step(backup, -1);
    const int finished = sqlite3_backup_finish(backup);
    if (stepped != SQLITE_DONE || finished != SQLITE_OK)
        return storeError(StoreError::Kind::Query,
                          QStringLiteral("Copying %1 failed: %2")
                              .arg(from, QString::fromUtf8(sqlite3_errstr(
                                             stepped != SQLITE_DONE ? stepped : finished))));
    return checkWhole(target->get(), to, Check::Integrity);
}

bool isWhole(const QString& path)
{
    auto db = openConnection(path, SQLITE_OPEN_READWRITE);
    return db && checkWhole(db->get(), path, Check::Quick);
}

} // namespace

WorkspaceBackups::WorkspaceBackups(QString workspacePath)
    : m_path(QFileInfo(workspacePath).absoluteFilePath())
{}

QString WorkspaceBackups::folder() const
{
    return m_path + QStringLiteral(".backups");
}

QStringList WorkspaceBackups::backups() const
{
    const QString prefix = QFileInfo(m_path).completeBaseName() + u'-';
    QStringList found;
    const QDir dir(folder());
    for (const QString& name :
         dir.entryList({prefix + u'*' + suffix}, QDir::Files, QDir::Name | QDir::Reversed)) {
        if (madeAt(name).isValid())
            found << dir.filePath(name);
    }
    return found;
}

QDateTime WorkspaceBackups::madeAt(const QString& backupPath)
{
    const QString name = QFileInfo(backupPath).fileName();
    if (!name.endsWith(suffix) || name.size() < suffix.size() + stampFormat.size())
        return {};
    const QString stamp = name.chopped(suffix.size()).right(stampFormat.size());
    QDateTime at = QDateTime::fromString(stamp, stampFormat);
    at.setTimeSpec(Qt::UTC);
    return at;
}

StoreResult<QString> WorkspaceBackups::make(const QDateTime& now) const
{
    if (!QDir().mkpath(folder()))
        return storeError(StoreError::Kind::CannotOpen,
                          QStringLiteral("Cannot create the backup folder %1.").arg(folder()));
    const QString path = QDir(folder()).filePath(QFileInfo(m_path).completeBaseName() + u'-' +
                                                 now.toUTC().toString(stampFormat) + suffix);
    const QString partial = path + QStringLiteral(".partial");
    QFile::remove(partial);
    if (auto copied = copyDatabase(m_path, partial); !copied) {
        QFile::remove(partial);
        return tl::unexpected(copied.error());
    }
    if (!QFile::rename(partial, path)) {
        QFile::remove(partial);
        return storeError(StoreError::Kind::CannotOpen,
                          QStringLiteral("Cannot save the backup %1.").arg(path));
    }
    const QStringList all = backups();
    for (qsizetype i = kept; i < all.size(); ++i)
        QFile::remove(all[i]);
    return path;
}

bool WorkspaceBackups::isDue(const QDateTime& now) const
{
    const QStringList all = backups();
    return all.isEmpty() || madeAt(all.first()).secsTo(now) >= intervalSeconds;
}

StoreResult<std::optional<QString>> WorkspaceBackups::makeIfDue(const QDateTime& now) const
{
    if (!isDue(now))
        return std::optional<QString>();
    auto made = make(now);
    if (!made)
        return tl::unexpected(made.error());
    return std::optional<QString>(*made);
}

std::optional<QString> WorkspaceBackups::newestGood() const
{
    for (const QString& backup : backups()) {
        if (isWhole(backup))
            return backup;
    }
    return std::nullopt;
}

StoreResult<QString> WorkspaceBackups::restore(const QString& backup, const QDateTime& now) const
{
    const QFileInfo original(m_path);
    const QString restored =
        original.dir().filePath(original.completeBaseName() + QStringLiteral("-restored-") +
                                now.toUTC().toString(stampFormat) + suffix);
    if (auto copied = copyDatabase(backup, restored); !copied) {
        QFile::remove(restored);
        return tl::unexpected(copied.error());
    }
    return restored;
}

} // namespace hearken
