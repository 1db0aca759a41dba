// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commands.h"
#include "cli/default_period.h"
#include "support/cli_run.h"
#include "support/workspace_fixture.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>

#include <gtest/gtest.h>

using namespace hearken;

namespace {

using hearken::testing::CommandRun;

class CliCommands : public ::testing::Test {
protected:
    CommandRun run(const QStringList& arguments) { return hearken::testing::runHearken(arguments); }

    QString path() const { return dir.filePath(QStringLiteral("cli.hearken")); }

    QTemporaryDir dir;
};

} // namespace

TEST_F(CliCommands, NoCommandMeansTheWindow)
{
    QTextStream out(stdout), err(stderr);
    EXPECT_FALSE(cli::runCommand(
        {QStringLiteral("hearken"), QStringLiteral("--workspace"), QStringLiteral("queue")},
        {out, err}, {}));
}

TEST_F(CliCommands, ImportSampleThenQueuePrintsJsonLinesInAttentionOrder)
{
    const CommandRun imported =
        run({QStringLiteral("import-sample"), QStringLiteral("300"), QStringLiteral("--seed"),
             QStringLiteral("5"), QStringLiteral("--workspace"), path()});
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    EXPECT_TRUE(imported.out.contains(QStringLiteral("Added 300 sample items")));

    const CommandRun queue =
        run({QStringLiteral("--workspace"), path(), QStringLiteral("queue"),
             QStringLiteral("--json"), QStringLiteral("--state"), QStringLiteral("all")});
    ASSERT_EQ(queue.exitCode, 0) << queue.err.toStdString();
    const QStringList lines = queue.out.split(u'\n', Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 300);
    for (const QString& line : lines) {
        QJsonParseError error;
        const QJsonObject item = QJsonDocument::fromJson(line.toUtf8(), &error).object();
        ASSERT_EQ(error.error, QJsonParseError::NoError) << line.toStdString();
        EXPECT_TRUE(item.contains(QStringLiteral("flags")));
        EXPECT_EQ(item[QStringLiteral("tone_source")].toString(), QStringLiteral("sample"));
    }
    const QJsonObject first = QJsonDocument::fromJson(lines.first().toUtf8()).object();
    EXPECT_EQ(first[QStringLiteral("tone")].toString(), QStringLiteral("criticism"));
}

TEST_F(CliCommands, QueueFiltersMatchTheirFlagsAndNetwork)
{
    ASSERT_EQ(run({QStringLiteral("import-sample"), QStringLiteral("400"), QStringLiteral("--seed"),
                   QStringLiteral("9"), QStringLiteral("-w"), path()})
                  .exitCode,
              0);
    const CommandRun queue =
        run({QStringLiteral("queue"), QStringLiteral("-w"), path(), QStringLiteral("--flag"),
             QStringLiteral("unthanked-praise"), QStringLiteral("--network"),
             QStringLiteral("bluesky"), QStringLiteral("--json")});
    ASSERT_EQ(queue.exitCode, 0) << queue.err.toStdString();
    const QStringList lines = queue.out.split(u'\n', Qt::SkipEmptyParts);
    ASSERT_FALSE(lines.isEmpty());
    for (const QString& line : lines) {
        const QJsonObject item = QJsonDocument::fromJson(line.toUtf8()).object();
        EXPECT_EQ(item[QStringLiteral("network")].toString(), QStringLiteral("bluesky"));
        EXPECT_TRUE(item[QStringLiteral("flags")].toVariant().toStringList().contains(
            QStringLiteral("unthanked-praise")));
        EXPECT_EQ(item[QStringLiteral("state")].toString(), QStringLiteral("open"));
    }
}

TEST_F(CliCommands, TextOutputIsAlignedAndLimited)
{
    ASSERT_EQ(
        run({QStringLiteral("import-sample"), QStringLiteral("200"), QStringLiteral("-w"), path()})
            .exitCode,
        0);
    const CommandRun queue = run({QStringLiteral("queue"), QStringLiteral("-w"), path(),
                                  QStringLiteral("--limit"), QStringLiteral("5")});
    ASSERT_EQ(queue.exitCode, 0);
    const QStringList lines = queue.out.split(u'\n', Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 6);
    EXPECT_TRUE(lines[0].startsWith(QStringLiteral("ID")));
    const qsizetype textColumn = lines[0].indexOf(QStringLiteral("TEXT"));
    for (const QString& line : lines.mid(1)) {
        EXPECT_EQ(line.at(textColumn - 1), u' ') << line.toStdString();
        EXPECT_NE(line.at(textColumn), u' ') << "columns stay aligned: " << line.toStdString();
    }
    EXPECT_TRUE(queue.err.contains(QStringLiteral("Showing 5 of")));
}

TEST_F(CliCommands, TheListingIsPrintedBeforeTheItemsAreCounted)
{
    ASSERT_EQ(
        run({QStringLiteral("import-sample"), QStringLiteral("50"), QStringLiteral("-w"), path()})
            .exitCode,
        0);
    // Without the table the count reads, the page can be read but the count cannot.
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("damage"));
        db.setDatabaseName(path());
        ASSERT_TRUE(db.open());
        ASSERT_TRUE(QSqlQuery(db).exec(QStringLiteral("DROP TABLE queue_tally")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("damage"));

    const CommandRun queue = run({QStringLiteral("queue"), QStringLiteral("-w"), path(),
                                  QStringLiteral("--limit"), QStringLiteral("5")});
    EXPECT_EQ(queue.exitCode, cli::Failure);
    // The listing, complete, came out before the count failed; the failure is said.
    EXPECT_EQ(queue.out.split(u'\n', Qt::SkipEmptyParts).size(), 6) << queue.out.toStdString();
    EXPECT_TRUE(queue.err.contains(QStringLiteral("queue_tally"))) << queue.err.toStdString();
    EXPECT_FALSE(queue.err.contains(QStringLiteral("Showing"))) << queue.err.toStdString();
}

TEST_F(CliCommands, MistakesAreExplainedWithUsageExitCode)
{
    EXPECT_EQ(run({QStringLiteral("frobnicate")}).exitCode, cli::UsageError);
    ASSERT_EQ(
        run({QStringLiteral("import-sample"), QStringLiteral("10"), QStringLiteral("-w"), path()})
            .exitCode,
        0);
    const CommandRun badFlag = run({QStringLiteral("queue"), QStringLiteral("-w"), path(),
                                    QStringLiteral("--flag"), QStringLiteral("angry")});
    EXPECT_EQ(badFlag.exitCode, cli::UsageError);
    EXPECT_TRUE(badFlag.err.contains(QStringLiteral("unanswered-criticism")));
    EXPECT_EQ(
        run({QStringLiteral("import-sample"), QStringLiteral("-3"), QStringLiteral("-w"), path()})
            .exitCode,
        cli::UsageError);
}

TEST_F(CliCommands, UnopenableWorkspaceIsAFailureWithTheReason)
{
    QFile notAWorkspace(path());
    ASSERT_TRUE(notAWorkspace.open(QIODevice::WriteOnly));
    notAWorkspace.write("this is a shopping list, not a database\n");
    notAWorkspace.close();
    const CommandRun queue = run({QStringLiteral("queue"), QStringLiteral("-w"), path()});
    EXPECT_EQ(queue.exitCode, cli::Failure);
    EXPECT_TRUE(queue.err.contains(QStringLiteral("not a Hearken workspace")));
}

TEST_F(CliCommands, QtsOwnOptionsMayStandAroundACommand)
{
    ASSERT_EQ(
        run({QStringLiteral("import-sample"), QStringLiteral("30"), QStringLiteral("-w"), path()})
            .exitCode,
        0);
    const CommandRun queue =
        run({QStringLiteral("-platform"), QStringLiteral("offscreen"), QStringLiteral("-style"),
             QStringLiteral("Fusion"), QStringLiteral("queue"), QStringLiteral("--json"),
             QStringLiteral("--stylesheet=dark.qss"), QStringLiteral("-reverse"),
             QStringLiteral("-w"), path()});
    ASSERT_EQ(queue.exitCode, 0) << queue.err.toStdString();
    EXPECT_FALSE(queue.out.isEmpty());
}

TEST_F(CliCommands, OnlyTheWindowAndPdfsNeedTheGraphicalToolkit)
{
    auto launch = [](QStringList arguments) {
        arguments.prepend(QStringLiteral("hearken"));
        return cli::launchFor(arguments);
    };
    using cli::Launch;
    EXPECT_EQ(launch({}), Launch::Window);
    EXPECT_EQ(launch({QStringLiteral("--sample")}), Launch::Window);
    EXPECT_EQ(launch({QStringLiteral("-platform"), QStringLiteral("xcb"), QStringLiteral("-w"),
                      QStringLiteral("team.hearken")}),
              Launch::Window);
    EXPECT_EQ(launch({QStringLiteral("--help")}), Launch::Console);
    EXPECT_EQ(launch({QStringLiteral("-style"), QStringLiteral("Fusion"), QStringLiteral("-v")}),
              Launch::Console);
    EXPECT_EQ(launch({QStringLiteral("--no-such-option")}), Launch::Console);
    EXPECT_EQ(launch({QStringLiteral("--sample"), QStringLiteral("-w"), QStringLiteral("x")}),
              Launch::Console);
    EXPECT_EQ(launch({QStringLiteral("queue")}), Launch::Console);
    EXPECT_EQ(
        launch({QStringLiteral("report"), QStringLiteral("--format"), QStringLiteral("json")}),
        Launch::Console);
    EXPECT_EQ(launch({QStringLiteral("report"), QStringLiteral("--format"), QStringLiteral("pdf")}),
              Launch::Offscreen);
    EXPECT_EQ(launch({QStringLiteral("--format=pdf"), QStringLiteral("report")}),
              Launch::Offscreen);
    EXPECT_EQ(launch({QStringLiteral("queue"), QStringLiteral("--format"), QStringLiteral("pdf")}),
              Launch::Console);
}

TEST(CliVerbs, TheLightProgramServesTheVerbsThatReadAndTheAnswersWithoutAWindow)
{
    const auto program = [](QStringList arguments) {
        arguments.prepend(QStringLiteral("hearken"));
        return cli::VerbLine(arguments).program();
    };
    using cli::Program;
    EXPECT_EQ(program({QStringLiteral("--help")}), Program::Light);
    EXPECT_EQ(program({QStringLiteral("-style"), QStringLiteral("Fusion"), QStringLiteral("-v")}),
              Program::Light);
    EXPECT_EQ(program({QStringLiteral("--no-such-option")}), Program::Light);
    EXPECT_EQ(program({QStringLiteral("--sample"), QStringLiteral("-w"), QStringLiteral("x")}),
              Program::Light);
    EXPECT_EQ(program({QStringLiteral("no-such-verb")}), Program::Light);
    EXPECT_EQ(program({QStringLiteral("-w"), QStringLiteral("sync"), QStringLiteral("queue")}),
              Program::Light);
    EXPECT_EQ(program({QStringLiteral("classify"), QStringLiteral("--json")}), Program::Light);
    EXPECT_EQ(program({QStringLiteral("report"), QStringLiteral("--format=csv")}), Program::Light);

    EXPECT_EQ(program({}), Program::Full);
    EXPECT_EQ(program({QStringLiteral("-platform"), QStringLiteral("xcb"), QStringLiteral("-w"),
                       QStringLiteral("team.hearken")}),
              Program::Full);
    EXPECT_EQ(program({QStringLiteral("--format=pdf"), QStringLiteral("report")}), Program::Full);
    for (const char* verb : {"import-sample", "accounts", "sync", "oauth-client-metadata"})
        EXPECT_EQ(program({QLatin1String(verb), QStringLiteral("--help")}), Program::Full) << verb;
}

TEST_F(CliCommands, ASampleInAnotherWorkspaceIsRefused)
{
    const CommandRun refused =
        run({QStringLiteral("--sample"), QStringLiteral("--workspace"), path()});
    EXPECT_EQ(refused.exitCode, cli::UsageError);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("--sample"))) << refused.err.toStdString();
    EXPECT_FALSE(QFile::exists(path()));
}

TEST(DefaultReportPeriod, IsTheLastFullWeekOfTheWorkspacesZone)
{
    const QTimeZone utc = QTimeZone::utc();
    const QTimeZone honolulu("Pacific/Honolulu"); // ten hours behind UTC
    const auto at = [](const char* instant) {
        return QDateTime::fromString(QLatin1String(instant), Qt::ISODate).toSecsSinceEpoch();
    };
    const auto week = [](const char* monday, const char* sunday) {
        return std::pair{QDate::fromString(QLatin1String(monday), Qt::ISODate),
                         QDate::fromString(QLatin1String(sunday), Qt::ISODate)};
    };
    // Monday 2 March 2026, 05:00 UTC: a new week in UTC, still Sunday in Honolulu.
    EXPECT_EQ(cli::lastFullWeek(at("2026-03-02T05:00:00Z"), utc), week("2026-02-23", "2026-03-01"));
    EXPECT_EQ(cli::lastFullWeek(at("2026-03-02T05:00:00Z"), honolulu),
              week("2026-02-16", "2026-02-22"));
    // Sunday's week has not ended on Sunday; it has at Monday's first second.
    EXPECT_EQ(cli::lastFullWeek(at("2026-03-01T23:59:59Z"), utc), week("2026-02-16", "2026-02-22"));
    EXPECT_EQ(cli::lastFullWeek(at("2026-03-02T00:00:00Z"), utc), week("2026-02-23", "2026-03-01"));
    // Across a year's end.
    EXPECT_EQ(cli::lastFullWeek(at("2027-01-06T12:00:00Z"), utc), week("2026-12-28", "2027-01-03"));
}
