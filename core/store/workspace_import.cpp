// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/workspace_import.h"

#include "store/dialect.h"
#include "store/sql.h"
#include "store/store_log.h"
#include "store/transaction.h"
#include "store/workspace.h"
#include "store/workspace_import_copy.h"

#include <QHash>
#include <QSet>

#include <sqlite3.h>

namespace hearken {

namespace {

// How each table of a solo workspace arrives in the team workspace.
enum class Arrival {
    // Every row, with its id.
    Copied,
    // Every row, in place of the rows the team workspace was created with (its defaults).
    Replacing,
    // Each row through the repository that owns it, skipping `kept` ones.
    Settings,
    // By name: a teammate the team workspace already knows keeps its id there, and the items
    // assigned to them follow.
    Teammates,
    // Derived from the queue once every item is in.
    Tallied,
    // Not moved: the team's own (its service's key and the tokens sealed to it; a solo
    // workspace keeps its tokens in the keychain, and its accounts sign in again).
    Left,
};

struct TablePlan {
    const char* name;
    Arrival arrival;
};

// In the order the foreign keys need. A table of the solo workspace missing here stops the
// import before it starts, so that a table a later migration adds is not left behind quietly.
constexpr TablePlan tablePlan[] = {
    {"accounts", Arrival::Copied},
    {"people", Arrival::Copied},
    {"posts", Arrival::Copied},
    {"teammates", Arrival::Teammates},
    {"queue", Arrival::Copied},
    {"events", Arrival::Copied},
    {"settings", Arrival::Settings},
    {"saved_views", Arrival::Replacing},
    {"tone_adaptation", Arrival::Replacing},
    {"topics", Arrival::Copied},
    {"outbox", Arrival::Copied},
    {"notes", Arrival::Copied},
    {"saved_replies", Arrival::Replacing},
    {"topic_items", Arrival::Copied},
    {"cursors", Arrival::Copied},
    {"app_registrations", Arrival::Copied},
    {"queue_tally", Arrival::Tallied},
    {"service_keys", Arrival::Left},
    {"sealed_secrets", Arrival::Left},
    // Who is on what right now: a solo workspace has nobody to tell, and it would be stale.
    {"presence", Arrival::Left},
    // A file refuses approval rules: nobody there approves.
    {"approval_rules", Arrival::Left},
};

// Settings that say which database this is rather than how the team works: the key its
// secrets are filed under belongs to the team workspace.
const QSet<QString> keptSettings{QStringLiteral("workspace/secrets-id"),
                                 QStringLiteral("workspace/unscoped-secrets")};

// Rows gathered before each hand-over to the server.
constexpr qsizetype copyChunkBytes = 1 << 20;
constexpr qint64 progressEveryRows = 50'000;

StoreError importError(const QString& message)
{
    return {StoreError::Kind::Query, message};
}

// A statement on the solo workspace's own SQLite connection: reading a million rows through
// QSqlQuery would cost more than sending them.
class SoloRows {
public:
    SoloRows(const SoloRows&) = delete;
    SoloRows& operator=(const SoloRows&) = delete;
    ~SoloRows() { sqlite3_finalize(m_statement); }

    static StoreResult<std::unique_ptr<SoloRows>> select(const QSqlDatabase& db,
                                                         const QString& text)
    {
        sqlite3* handle = sql::connectionOf(db.driver());
        sqlite3_stmt* statement = nullptr;
        if (!handle || sqlite3_prepare_v2(handle, text.toUtf8().constData(), -1, &statement,
                                          nullptr) != SQLITE_OK) {
            sqlite3_finalize(statement);
            return tl::unexpected(importError(
                QStringLiteral("Reading the solo workspace failed: %1")
                    .arg(handle ? QString::fromUtf8(sqlite3_errmsg(handle)) : QString())));
        }
        return std::unique_ptr<SoloRows>(new SoloRows(handle, statement));
    }

    StoreResult<bool> next()
    {
        const int stepped = sqlite3_step(m_statement);
        if (stepped == SQLITE_ROW)
            return true;
        if (stepped == SQLITE_DONE)
            return false;
        return tl::unexpected(importError(QStringLiteral("Reading the solo workspace failed: %1")
                                              .arg(QString::fromUtf8(sqlite3_errmsg(m_handle)))));
    }

    // Runs `text` and hands each row to `visit`, stopping at the first error.
    static StoreResult<void> forEach(const QSqlDatabase& db, const QString& text,
                                     const std::function<StoreResult<void>(const SoloRows&)>& visit)
    {
        auto rows = select(db, text);
        if (!rows)
            return tl::unexpected(rows.error());
        for (;;) {
            auto more = (*rows)->next();
            if (!more)
                return tl::unexpected(more.error());
            if (!*more)
                return {};
            if (auto visited = visit(**rows); !visited)
                return visited;
        }
    }

    sqlite3_stmt* statement() const { return m_statement; }
    qint64 integer(int column) const { return sqlite3_column_int64(m_statement, column); }
    QString text(int column) const
    {
        return QString::fromUtf8(
            reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column)),
            sqlite3_column_bytes(m_statement, column));
    }

private:
    SoloRows(sqlite3* handle, sqlite3_stmt* statement)
        : m_handle(handle)
        , m_statement(statement)
    {}

    sqlite3* m_handle;
    sqlite3_stmt* m_statement;
};

StoreResult<QStringList> soloList(const QSqlDatabase& db, const QString& text)
{
    QStringList values;
    return SoloRows::forEach(db, text,
                             [&values](const SoloRows& row) -> StoreResult<void> {
                                 values << row.text(0);
                                 return {};
                             })
        .map([&values] { return values; });
}

StoreResult<qint64> soloCount(const QSqlDatabase& db, const QString& table)
{
    return soloList(db, QStringLiteral("SELECT count(*) FROM ") + table)
        .map([](const QStringList& count) { return count.value(0).toLongLong(); });
}

// The solo workspace's tables, every one of which the plan must know.
StoreResult<void> checkPlanCoversSolo(const QSqlDatabase& solo)
{
    // The search index is built anew from the posts; SQLite keeps its own statistics.
    auto tables = soloList(solo, QStringLiteral("SELECT name FROM sqlite_master WHERE type = "
                                                "'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE "
                                                "'\\' AND name NOT LIKE 'posts\\_search%' ESCAPE "
                                                "'\\' ORDER BY name"));
    if (!tables)
        return tl::unexpected(tables.error());
    QSet<QString> planned;
    for (const TablePlan& table : tablePlan)
        planned.insert(QLatin1String(table.name));
    for (const QString& table : *tables) {
        if (!planned.contains(table))
            return tl::unexpected(importError(
                QStringLiteral("The solo workspace has a table this version of Hearken cannot "
                               "move (%1). Nothing was imported; update Hearken and try again.")
                    .arg(table)));
    }
    return {};
}

struct TargetColumn {
    QString name;
    bool binary = false;
};

// The columns a row of `table` is written with: the solo workspace's, each of which the team
// workspace must have (columns the database computes are neither read nor written).
StoreResult<QList<TargetColumn>> columnsOf(const QSqlDatabase& solo, const QSqlDatabase& team,
                                           const QString& table)
{
    auto own =
        soloList(solo, QStringLiteral("SELECT name FROM pragma_table_info('%1')").arg(table));
    if (!own)
        return tl::unexpected(own.error());
    auto query = sql::exec(team,
                           QStringLiteral("SELECT column_name, data_type FROM "
                                          "information_schema.columns WHERE table_schema = "
                                          "current_schema() AND table_name = ? AND is_generated = "
                                          "'NEVER'"),
                           {table});
    if (!query)
        return tl::unexpected(query.error());
    QHash<QString, bool> binary;
    while (query->next())
        binary.insert(query->value(0).toString(), query->value(1).toString() == u"bytea");
    QList<TargetColumn> columns;
    for (const QString& name : *own) {
        if (!binary.contains(name))
            return tl::unexpected(importError(
                QStringLiteral("The team workspace has no column %1.%2 for the solo workspace's "
                               "data. Nothing was imported; open the team workspace once with "
                               "this version of Hearken, which upgrades it, and try again.")
                    .arg(table, name)));
        columns.append({name, binary.value(name)});
    }
    return columns;
}

void appendEscaped(QByteArray& out, const char* data, int size)
{
    for (int i = 0; i < size; ++i) {
        const char c = data[i];
        switch (c) {
        case '\\':
            out.append("\\\\");
            break;
        case '\t':
            out.append("\\t");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        default:
            out.append(c);
        }
    }
}

// One value of the current row in COPY's text format.
void appendValue(QByteArray& out, sqlite3_stmt* row, int column, bool binary,
                 const QHash<qint64, qint64>* renumbered)
{
    const int type = sqlite3_column_type(row, column);
    if (type == SQLITE_NULL) {
        out.append("\\N");
        return;
    }
    if (binary) {
        const auto* bytes = static_cast<const char*>(sqlite3_column_blob(row, column));
        const int size = sqlite3_column_bytes(row, column);
        out.append("\\\\x").append(QByteArray::fromRawData(bytes, size).toHex());
        return;
    }
    if (type == SQLITE_INTEGER) {
        const qint64 value = sqlite3_column_int64(row, column);
        out.append(QByteArray::number(renumbered ? renumbered->value(value, value) : value));
        return;
    }
    if (type == SQLITE_FLOAT) {
        out.append(QByteArray::number(sqlite3_column_double(row, column), 'g', 17));
        return;
    }
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(row, column));
    appendEscaped(out, text, sqlite3_column_bytes(row, column));
}

class Importer {
public:
    Importer(Database& solo, Workspace& team,
             const std::function<void(const ImportProgress&)>& progress)
        : m_solo(solo.connection())
        , m_team(team)
        , m_teamDb(team.database().connection())
        , m_progress(progress)
    {}

    StoreResult<ImportSummary> run()
    {
        if (auto covered = checkPlanCoversSolo(m_solo); !covered)
            return tl::unexpected(covered.error());
        ReadTransaction snapshot(m_solo);
        if (!snapshot.isActive())
            return tl::unexpected(snapshot.error());
        Transaction transaction(m_teamDb);
        if (!transaction.isActive())
            return tl::unexpected(transaction.error());
        if (auto empty = checkTeamHasNoItems(); !empty)
            return tl::unexpected(empty.error());
        for (const TablePlan& table : tablePlan) {
            if (auto moved = move(QLatin1String(table.name), table.arrival); !moved)
                return tl::unexpected(moved.error());
        }
        if (auto finished = finish(); !finished)
            return tl::unexpected(finished.error());
        if (auto committed = transaction.commit(); !committed)
            return tl::unexpected(committed.error());
        // Fresh planner statistics for a million new rows, rather than autovacuum's later ones.
        (void)sql::exec(m_teamDb, QStringLiteral("ANALYZE"));
        return accountsToSignIn().map([this](QList<Account> accounts) {
            m_summary.accountsToSignIn = std::move(accounts);
            return m_summary;
        });
    }

private:
    StoreResult<void> checkTeamHasNoItems()
    {
        // Taken before looking, so that a second import running at once waits, then refuses.
        if (auto locked = sql::exec(m_teamDb, QStringLiteral("LOCK TABLE accounts, posts IN "
                                                             "SHARE ROW EXCLUSIVE MODE"));
            !locked)
            return tl::unexpected(locked.error());
        auto query = sql::exec(m_teamDb, QStringLiteral("SELECT (SELECT count(*) FROM accounts), "
                                                        "(SELECT count(*) FROM posts)"));
        if (!query)
            return tl::unexpected(query.error());
        if (!query->next())
            return tl::unexpected(sql::queryError(*query));
        const qint64 accounts = query->value(0).toLongLong();
        const qint64 posts = query->value(1).toLongLong();
        if (accounts > 0 || posts > 0)
            return tl::unexpected(importError(
                QStringLiteral("The team workspace %1 already holds %2 accounts and %3 posts; a "
                               "solo workspace is imported only into a team workspace that "
                               "holds none. Nothing was imported; make a new team database "
                               "(hearken team init) and import into that.")
                    .arg(m_team.database().path())
                    .arg(accounts)
                    .arg(posts)));
        return {};
    }

    StoreResult<void> move(const QString& table, Arrival arrival)
    {
        switch (arrival) {
        case Arrival::Copied:
            return copy(table);
        case Arrival::Replacing:
            if (auto cleared = sql::exec(m_teamDb, QStringLiteral("DELETE FROM ") + table);
                !cleared)
                return tl::unexpected(cleared.error());
            return copy(table);
        case Arrival::Settings:
            return moveSettings();
        case Arrival::Teammates:
            return moveTeammates();
        case Arrival::Tallied:
            return tally();
        case Arrival::Left:
            return {};
        }
        return {};
    }

    StoreResult<void> copy(const QString& table)
    {
        auto columns = columnsOf(m_solo, m_teamDb, table);
        if (!columns)
            return tl::unexpected(columns.error());
        auto total = soloCount(m_solo, table);
        if (!total)
            return tl::unexpected(total.error());
        QStringList names;
        for (const TargetColumn& column : *columns)
            names << column.name;
        auto copy = PostgresCopy::start(m_teamDb, table, names);
        if (!copy)
            return tl::unexpected(copy.error());
        const int assignee =
            table == u"queue" ? int(names.indexOf(QStringLiteral("assignee_id"))) : -1;
        QByteArray chunk;
        chunk.reserve(copyChunkBytes + copyChunkBytes / 4);
        qint64 done = 0;
        report(table, done, *total);
        auto sentRows = SoloRows::forEach(
            m_solo,
            QStringLiteral("SELECT %1 FROM %2").arg(names.join(QStringLiteral(", ")), table),
            [&](const SoloRows& row) -> StoreResult<void> {
                for (int c = 0; c < columns->size(); ++c) {
                    if (c > 0)
                        chunk.append('\t');
                    appendValue(chunk, row.statement(), c, (*columns)[c].binary,
                                c == assignee ? &m_teammates : nullptr);
                }
                chunk.append('\n');
                if (++done % progressEveryRows == 0)
                    report(table, done, *total);
                if (chunk.size() < copyChunkBytes)
                    return {};
                auto sent = copy->send(chunk);
                chunk.clear();
                return sent;
            });
        if (!sentRows)
            return sentRows;
        if (!chunk.isEmpty()) {
            if (auto sent = copy->send(chunk); !sent)
                return sent;
        }
        if (auto finished = copy->finish(); !finished)
            return finished;
        if (done % progressEveryRows != 0)
            report(table, done, done);
        m_summary.rows += done;
        if (table == u"queue")
            m_summary.items = done;
        if (table == u"posts")
            m_posts = done;
        return continueIdsAfter(table, *columns);
    }

    // New rows made in the team workspace take ids after the imported ones.
    StoreResult<void> continueIdsAfter(const QString& table, const QList<TargetColumn>& columns)
    {
        const bool hasId = std::any_of(columns.cbegin(), columns.cend(),
                                       [](const TargetColumn& c) { return c.name == u"id"; });
        if (!hasId)
            return {};
        auto identity =
            sql::exec(m_teamDb, QStringLiteral("SELECT pg_get_serial_sequence(?, 'id')"), {table});
        if (!identity)
            return tl::unexpected(identity.error());
        auto sequence = sql::firstValue(*identity, QString());
        if (!sequence)
            return tl::unexpected(sequence.error());
        if (sequence->isEmpty())
            return {};
        auto set = sql::exec(m_teamDb,
                             QStringLiteral("SELECT setval(?, coalesce(max(id), 0) + 1, false) "
                                            "FROM ") +
                                 table,
                             {*sequence});
        if (!set)
            return tl::unexpected(set.error());
        return {};
    }

    StoreResult<void> moveSettings()
    {
        return SoloRows::forEach(m_solo, QStringLiteral("SELECT key, value FROM settings"),
                                 [this](const SoloRows& row) -> StoreResult<void> {
                                     const QString key = row.text(0);
                                     if (keptSettings.contains(key))
                                         return {};
                                     ++m_summary.rows;
                                     return m_team.settings().setValue(key, row.text(1));
                                 });
    }

    StoreResult<void> moveTeammates()
    {
        return SoloRows::forEach(m_solo, QStringLiteral("SELECT id, name FROM teammates"),
                                 [this](const SoloRows& row) -> StoreResult<void> {
                                     auto id = m_team.accounts().teammate(row.text(1));
                                     if (!id)
                                         return tl::unexpected(id.error());
                                     m_teammates.insert(row.integer(0), *id);
                                     ++m_summary.rows;
                                     return {};
                                 });
    }

    // The sidebar's counts, from the queue as it arrived (assignees may have new ids).
    StoreResult<void> tally()
    {
        report(QStringLiteral("queue_tally"), 0, m_summary.items);
        for (const QString& statement :
             {QStringLiteral("DELETE FROM queue_tally"),
              QStringLiteral("INSERT INTO queue_tally (key, state, account_id, network, tone, "
                             "is_question, answered_at, thanked_at, assignee_id, rank, n) SELECT "
                             "tally_key, min(state), min(account_id), min(network), min(tone), "
                             "min(is_question), max(CASE WHEN answered_at IS NULL THEN NULL ELSE "
                             "1 END), max(CASE WHEN thanked_at IS NULL THEN NULL ELSE 1 END), "
                             "min(assignee_id), min(rank), count(*) FROM queue GROUP BY "
                             "tally_key")}) {
            if (auto done = sql::exec(m_teamDb, statement); !done)
                return tl::unexpected(done.error());
        }
        return {};
    }

    StoreResult<void> finish()
    {
        report(QStringLiteral("search index"), 0, m_posts);
        auto indexed = sql::exec(
            m_teamDb, Dialect::of(Engine::Postgresql).indexPostsForSearch(QStringLiteral("TRUE")));
        if (!indexed)
            return tl::unexpected(indexed.error());
        report(QStringLiteral("search index"), m_posts, m_posts);
        return {};
    }

    StoreResult<QList<Account>> accountsToSignIn()
    {
        auto all = m_team.accounts().accounts();
        if (!all)
            return tl::unexpected(all.error());
        QList<Account> real;
        std::copy_if(all->cbegin(), all->cend(), std::back_inserter(real),
                     [](const Account& a) { return !a.isSample; });
        return real;
    }

    void report(const QString& table, qint64 done, qint64 total)
    {
        if (m_progress)
            m_progress({table, done, total});
    }

    QSqlDatabase m_solo;
    Workspace& m_team;
    QSqlDatabase m_teamDb;
    const std::function<void(const ImportProgress&)>& m_progress;
    // Solo teammate ids to team teammate ids.
    QHash<qint64, qint64> m_teammates;
    ImportSummary m_summary;
    qint64 m_posts = 0;
};

StoreResult<void> checkEngines(Database& solo, Database& team)
{
    if (solo.engine() != Engine::Sqlite)
        return tl::unexpected(importError(
            QStringLiteral("%1 is a team workspace already; only a solo workspace (a .hearken "
                           "file) is imported.")
                .arg(solo.path())));
    if (team.engine() != Engine::Postgresql)
        return tl::unexpected(importError(
            QStringLiteral("%1 is not a team workspace: give the team's PostgreSQL database as "
                           "--workspace postgresql://user@host/database.")
                .arg(team.path())));
    if (solo.schemaVersion() != team.schemaVersion())
        return tl::unexpected(importError(
            QStringLiteral("The solo workspace is at schema %1 and the team workspace at %2. "
                           "Nothing was imported; open both with this version of Hearken, which "
                           "upgrades them, and try again.")
                .arg(solo.schemaVersion())
                .arg(team.schemaVersion())));
    return {};
}

} // namespace

StoreResult<ImportSummary>
importWorkspace(Database& solo, Workspace& team,
                const std::function<void(const ImportProgress&)>& progress)
{
    if (auto engines = checkEngines(solo, team.database()); !engines)
        return tl::unexpected(engines.error());
    qCDebug(lcStore) << "Importing" << solo.path() << "into" << team.database().path();
    return Importer(solo, team, progress).run();
}

} // namespace hearken
