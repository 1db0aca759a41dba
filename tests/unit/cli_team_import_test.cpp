// SPDX-License-Identifier: GPL-3.0-or-later
// `hearken team import`: a solo workspace moved into a team workspace on a real PostgreSQL.
#include "support/cli_run.h"
#include "support/outbox_fixture.h"
#include "support/postgres_environment.h"
#include "workflow/queue_actions.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

#include <gtest/gtest.h>

using namespace hearken;
using namespace hearken::testing;

namespace {

QStringList describe(const QList<Event>& events)
{
    QStringList lines;
    for (const Event& e : events)
        lines
            << QStringLiteral("%1 %2 %3 %4 %5").arg(e.id).arg(e.at).arg(e.actor, e.kind, e.detail);
    return lines;
}

QStringList describe(const QList<Note>& notes)
{
    QStringList lines;
    for (const Note& n : notes)
        lines << QStringLiteral("%1 %2 %3 %4").arg(n.id).arg(n.at).arg(n.author, n.text);
    return lines;
}

QStringList describe(const QList<OutboxEntry>& entries)
{
    QStringList lines;
    for (const OutboxEntry& e : entries)
        lines << QStringLiteral("%1 %2 %3 %4 %5")
                     .arg(e.id)
                     .arg(outboxStateName(e.state), e.text, e.idempotencyKey, e.actor);
    return lines;
}

// Runs one statement on the SQLite file behind Hearken's back, as a damaged or tampered file
// would hold it.
void tamper(const QString& path, const QString& statement)
{
    const QString name = QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QSqlQuery query(db);
        ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
        ASSERT_TRUE(query.exec(statement)) << statement.toStdString();
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

// A report's figures, without the moment it was written.
QJsonObject figuresIn(const QString& path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    QJsonObject figures = QJsonDocument::fromJson(file.readAll()).object();
    figures.remove(u"generated_at"_qs);
    return figures;
}

class TeamImport : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        soloPath = dir.filePath(QStringLiteral("solo.hearken"));
        teamUri = postgresEnvironment().freshWorkspaceDatabase();
        ASSERT_FALSE(teamUri.isEmpty());
    }

    // A solo workspace with a history: sample items, actions, notes, a topic, a saved view,
    // settings, a tone lesson, a reply on its way and a real account with a cursor.
    void makeSolo()
    {
        auto solo = openWorkspace(soloPath);
        ASSERT_TRUE(solo);
        importSample(*solo, 400, 11);
        auto page = solo->queue().page(QueueQuery({}, fixedNow, {}), std::nullopt, 4);
        ASSERT_TRUE(page && page->size() == 4);
        const qint64 first = (*page)[0].postId;
        const qint64 second = (*page)[1].postId;
        QueueActions actions(solo->queue(), u"Sam"_qs, [] { return fixedNow; });
        ASSERT_TRUE(actions.markDone({first}));
        ASSERT_TRUE(actions.snooze({(*page)[2].postId}, fixedNow + 86400));
        const qint64 sam = solo->accounts().teammate(u"Sam"_qs).value();
        ASSERT_TRUE(actions.assign({second, (*page)[3].postId}, sam, u"Sam"_qs));
        ASSERT_TRUE(
            solo->notes().add(second, u"Sam"_qs, u"Asked the\tshop\nteam \\ waiting"_qs, fixedNow));
        const qint64 topic = solo->topics().topic(u"Export to PDF"_qs, fixedNow).value();
        ASSERT_TRUE(solo->topics().tag(topic, second, u"Sam"_qs, fixedNow));
        QueueFilter praise;
        praise.tone = Tone::Praise;
        ASSERT_TRUE(solo->savedViews().save(u"Praise only"_qs, praise));
        ASSERT_TRUE(solo->notes().saveReply(u"Shipping"_qs, u"It ships Monday, {name}."_qs, 1));
        ASSERT_TRUE(solo->settings().setTimeZone(u"Europe/Berlin"_qs));
        ASSERT_TRUE(
            solo->toneAdaptation().save(QByteArray("\x00\x01\xff lesson", 10), 2, fixedNow));
        const Account account = (*solo->accounts().accounts())[0];
        OutboxWorld world{*solo, account.id, account.network};
        ASSERT_TRUE(solo->outbox().enqueue(world.reply(second, u"On it, thanks!"_qs), fixedNow));
        ASSERT_TRUE(solo->accounts().saveAccount(brandAccount(), fixedNow));
        ASSERT_TRUE(solo->syncState().setCursor(solo->accounts().accounts()->last().id,
                                                u"notifications"_qs, u"991"_qs));
        soloSecretsId = solo->settings().value(u"workspace/secrets-id"_qs).value();
    }

    CommandRun import() const
    {
        return runHearken({u"team"_qs, u"import"_qs, soloPath, u"--workspace"_qs, teamUri});
    }

    CommandRun onBoth(const QStringList& arguments, CommandRun& onTeam) const
    {
        onTeam = runHearken(arguments + QStringList{u"--workspace"_qs, teamUri});
        return runHearken(arguments + QStringList{u"--workspace"_qs, soloPath});
    }

    qint64 teamCount(const QString& table) const
    {
        auto team = openWorkspace(teamUri);
        if (!team)
            return -1;
        QSqlQuery query(team->database().connection());
        EXPECT_TRUE(query.exec(u"SELECT count(*) FROM "_qs + table) && query.next());
        return query.value(0).toLongLong();
    }

    QTemporaryDir dir;
    QString soloPath;
    QString teamUri;
    QString soloSecretsId;
};

} // namespace

TEST_F(TeamImport, TheTeamWorkspaceListsReportsAndRemembersWhatTheFileDid)
{
    makeSolo();
    const CommandRun imported = import();
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    EXPECT_TRUE(imported.out.contains(u"Moved 400 items"_qs)) << imported.out.toStdString();
    EXPECT_TRUE(imported.out.contains(u"mastodon @brand@example.social"_qs))
        << "the real account to sign in again: " << imported.out.toStdString();
    EXPECT_FALSE(imported.out.contains(u"sample"_qs, Qt::CaseInsensitive))
        << "sample accounts need no sign-in";
    EXPECT_TRUE(imported.err.contains(u"queue: 400 of 400"_qs)) << imported.err.toStdString();

    CommandRun onTeam;
    for (const QStringList& arguments :
         {QStringList{u"queue"_qs, u"--json"_qs, u"--state"_qs, u"all"_qs},
          QStringList{u"queue"_qs, u"--json"_qs, u"--search"_qs, u"ship"_qs}}) {
        const CommandRun onFile = onBoth(arguments, onTeam);
        ASSERT_EQ(onFile.exitCode, 0) << onFile.err.toStdString();
        ASSERT_EQ(onTeam.exitCode, 0) << onTeam.err.toStdString();
        EXPECT_FALSE(onFile.out.trimmed().isEmpty()) << arguments.join(u' ').toStdString();
        EXPECT_EQ(onTeam.out, onFile.out) << arguments.join(u' ').toStdString();
    }

    // The Review's figures, written to files (a report goes to the file it is given).
    const QStringList report{u"report"_qs,     u"--format"_qs, u"json"_qs,       u"--from"_qs,
                             u"2026-06-01"_qs, u"--to"_qs,     u"2026-09-21"_qs, u"--output"_qs};
    const CommandRun fileReport =
        onBoth(report + QStringList{dir.filePath(u"file.json"_qs)}, onTeam);
    ASSERT_EQ(fileReport.exitCode, 0) << fileReport.err.toStdString();
    const CommandRun teamReport =
        runHearken(report + QStringList{dir.filePath(u"team.json"_qs), u"--workspace"_qs, teamUri});
    ASSERT_EQ(teamReport.exitCode, 0) << teamReport.err.toStdString();
    const QJsonObject fileFigures = figuresIn(dir.filePath(u"file.json"_qs));
    EXPECT_EQ(fileFigures.value(u"record"_qs)[u"received"_qs].toInt(), 400);
    EXPECT_EQ(figuresIn(dir.filePath(u"team.json"_qs)), fileFigures);

    auto solo = openWorkspace(soloPath);
    auto team = openWorkspace(teamUri);
    ASSERT_TRUE(solo && team);
    QueueFilter all;
    all.states.clear();
    const auto items =
        solo->queue().page(QueueQuery(all, fixedNow, {}), std::nullopt, 1000).value();
    ASSERT_EQ(items.size(), 400);
    for (const QueueItem& item : items) {
        const qint64 id = item.postId;
        ASSERT_EQ(describe(team->posts().events(id).value()),
                  describe(solo->posts().events(id).value()));
        ASSERT_EQ(describe(team->notes().notes(id).value()),
                  describe(solo->notes().notes(id).value()));
        ASSERT_EQ(describe(team->outbox().entriesFor(id).value()),
                  describe(solo->outbox().entriesFor(id).value()));
        ASSERT_EQ(team->topics().topicsOf(id).value().size(),
                  solo->topics().topicsOf(id).value().size());
    }
    EXPECT_EQ(team->savedViews().views().value().last().name, u"Praise only"_qs);
    EXPECT_EQ(team->notes().savedReplies().value().size(),
              solo->notes().savedReplies().value().size());
    EXPECT_EQ(team->settings().timeZone().value(), u"Europe/Berlin"_qs);
    EXPECT_EQ(team->toneAdaptation().load().value(), QByteArray("\x00\x01\xff lesson", 10));
    EXPECT_EQ(team->syncState()
                  .cursors(team->accounts().accounts()->last().id)
                  .value()
                  .value(u"notifications"_qs),
              u"991"_qs);
    EXPECT_NE(team->settings().value(u"workspace/secrets-id"_qs).value(), soloSecretsId)
        << "the team workspace files its secrets under its own key";

    // New rows take ids after the imported ones.
    const qint64 post = items.first().postId;
    const auto before = solo->posts().events(post).value();
    const Note note = team->notes().add(post, u"Ana"_qs, u"later"_qs, fixedNow + 1).value();
    const auto soloNotes = solo->notes().notes(items[1].postId).value();
    ASSERT_FALSE(soloNotes.isEmpty());
    EXPECT_GT(note.id, soloNotes.last().id);
    EXPECT_GT(team->posts().events(post).value().last().id, before.last().id);
}

TEST_F(TeamImport, TeammatesTheTeamKnowsKeepTheirIdsAndTheirItemsFollowThem)
{
    makeSolo();
    qint64 teamSam = 0;
    {
        auto team = openWorkspace(teamUri);
        ASSERT_TRUE(team);
        ASSERT_TRUE(team->accounts().teammate(u"Zed"_qs));
        teamSam = team->accounts().teammate(u"Sam"_qs).value();
    }
    ASSERT_EQ(import().exitCode, 0);
    CommandRun onTeam;
    const CommandRun onFile =
        onBoth({u"queue"_qs, u"--json"_qs, u"--assignee"_qs, u"Sam"_qs}, onTeam);
    EXPECT_EQ(onFile.out.count(u'\n'), 2) << onFile.out.toStdString();
    EXPECT_EQ(onTeam.out, onFile.out);

    auto solo = openWorkspace(soloPath);
    auto team = openWorkspace(teamUri);
    ASSERT_TRUE(solo && team);
    EXPECT_EQ(team->accounts().teammate(u"Sam"_qs).value(), teamSam);
    QueueFilter sams;
    sams.assigneeId = teamSam;
    QueueFilter soloSams;
    soloSams.assigneeId = solo->accounts().teammate(u"Sam"_qs).value();
    EXPECT_NE(*soloSams.assigneeId, teamSam);
    EXPECT_EQ(team->queue().count(QueueQuery(sams, fixedNow, {})).value(),
              solo->queue().count(QueueQuery(soloSams, fixedNow, {})).value())
        << "the sidebar's counts follow the new id";
    QueueFilter everyone;
    everyone.states.clear();
    EXPECT_EQ(team->queue().count(QueueQuery(everyone, fixedNow, {})).value(), 400);
}

TEST_F(TeamImport, ASecondImportIsRefusedAndChangesNothing)
{
    makeSolo();
    ASSERT_EQ(import().exitCode, 0);
    const qint64 posts = teamCount(u"posts"_qs);
    const CommandRun again = import();
    EXPECT_EQ(again.exitCode, 1);
    EXPECT_TRUE(again.err.contains(u"already holds"_qs)) << again.err.toStdString();
    EXPECT_TRUE(again.err.contains(u"Nothing was imported"_qs));
    EXPECT_EQ(teamCount(u"posts"_qs), posts);
}

TEST_F(TeamImport, AFileThatIsNoWorkspaceIsRefusedWithWhatItIs)
{
    QFile notes(soloPath);
    ASSERT_TRUE(notes.open(QIODevice::WriteOnly));
    notes.write("shopping list\nmilk\n");
    notes.close();
    const CommandRun refused = import();
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(u"is not a Hearken workspace"_qs))
        << refused.err.toStdString();
    EXPECT_EQ(teamCount(u"posts"_qs), 0);

    const QString other = dir.filePath(u"other.db"_qs);
    tamper(other, u"CREATE TABLE recipes (name TEXT)"_qs);
    soloPath = other;
    const CommandRun foreign = import();
    EXPECT_EQ(foreign.exitCode, 1);
    EXPECT_TRUE(foreign.err.contains(u"another program"_qs)) << foreign.err.toStdString();

    soloPath = dir.filePath(u"missing.hearken"_qs);
    const CommandRun missing = import();
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_TRUE(missing.err.contains(u"There is no workspace"_qs)) << missing.err.toStdString();
    EXPECT_FALSE(QFile::exists(soloPath)) << "nothing was created";
}

TEST_F(TeamImport, ARowTheTeamDatabaseRefusesLeavesItAsEmptyAsBefore)
{
    makeSolo();
    // An event of a post that is not there: the file's own checks were off when it was written.
    tamper(soloPath, u"INSERT INTO events (post_id, at, actor, kind, detail) VALUES (999999, 1, "
                     "'x', 'note', '')"_qs);
    const CommandRun failed = import();
    EXPECT_EQ(failed.exitCode, 1);
    EXPECT_TRUE(failed.err.contains(u"events"_qs)) << failed.err.toStdString();
    EXPECT_TRUE(failed.err.contains(u"queue: 400 of 400"_qs))
        << "the items went in before the events";
    for (const QString& table :
         {u"accounts"_qs, u"people"_qs, u"posts"_qs, u"queue"_qs, u"events"_qs, u"posts_search"_qs})
        EXPECT_EQ(teamCount(table), 0) << table.toStdString();
    EXPECT_EQ(teamCount(u"saved_views"_qs), 8) << "the defaults stay";
}

TEST_F(TeamImport, OnlyASoloFileGoesIntoOnlyATeamDatabase)
{
    makeSolo();
    const CommandRun intoFile = runHearken(
        {u"team"_qs, u"import"_qs, soloPath, u"--workspace"_qs, dir.filePath(u"other.hearken"_qs)});
    EXPECT_EQ(intoFile.exitCode, 2);
    EXPECT_TRUE(intoFile.err.contains(u"postgresql://"_qs)) << intoFile.err.toStdString();
    const CommandRun fromTeam =
        runHearken({u"team"_qs, u"import"_qs, teamUri, u"--workspace"_qs, teamUri});
    EXPECT_EQ(fromTeam.exitCode, 2);
    EXPECT_TRUE(fromTeam.err.contains(u"is a team workspace"_qs)) << fromTeam.err.toStdString();
}
