// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commands.h"
#include "support/workspace_fixture.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace hearken;

namespace {

struct CommandRun {
    int exitCode = -1;
    QString out;
    QString err;
};

class CliCommands : public ::testing::Test {
protected:
    CommandRun run(QStringList arguments)
    {
        arguments.prepend(QStringLiteral("hearken"));
        CommandRun result;
        QTextStream out(&result.out);
        QTextStream err(&result.err);
        result.exitCode = cli::runCommand(arguments, {out, err}).value_or(-1);
        out.flush();
        err.flush();
        return result;
    }

    QString path() const { return dir.filePath(QStringLiteral("cli.hearken")); }

    QTemporaryDir dir;
};

} // namespace

TEST_F(CliCommands, NoCommandMeansTheWindow)
{
    QTextStream out(stdout), err(stderr);
    EXPECT_FALSE(cli::runCommand(
        {QStringLiteral("hearken"), QStringLiteral("--workspace"), QStringLiteral("queue")},
        {out, err}));
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
