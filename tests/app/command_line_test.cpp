// SPDX-License-Identifier: GPL-3.0-or-later
#include "headless_hearken.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace hearken::testing;

namespace {

const QString versionLine = QStringLiteral("Hearken " HEARKEN_VERSION "\n");

void expectVersion(const HeadlessRun& run)
{
    EXPECT_EQ(run.exitStatus, QProcess::NormalExit) << run.err.toStdString();
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(QString::fromUtf8(run.out), versionLine) << run.err.toStdString();
}

void expectHelp(const HeadlessRun& run)
{
    EXPECT_EQ(run.exitStatus, QProcess::NormalExit) << run.err.toStdString();
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QString help = QString::fromUtf8(run.out);
    EXPECT_TRUE(help.contains(QStringLiteral("--workspace <path>"))) << help.toStdString();
    EXPECT_TRUE(help.contains(QStringLiteral("--sample"))) << help.toStdString();
    for (const char* command : {"queue", "import-sample", "classify", "accounts", "sync", "report"})
        EXPECT_TRUE(help.contains(QLatin1String(command))) << command;
}

} // namespace

TEST(CommandLine, HelpAndVersionNeedNoDisplay)
{
    expectVersion(runHeadless({QStringLiteral("--version")}));
    expectVersion(runHeadless({QStringLiteral("-v")}));
    expectHelp(runHeadless({QStringLiteral("--help")}));
    expectHelp(runHeadless({QStringLiteral("-h")}));
}

TEST(CommandLine, QtsOwnOptionsAreNotCommands)
{
    expectVersion(runHeadless(
        {QStringLiteral("-platform"), QStringLiteral("offscreen"), QStringLiteral("--version")}));
    expectHelp(runHeadless(
        {QStringLiteral("-style"), QStringLiteral("Fusion"), QStringLiteral("--help")}));
    expectVersion(runHeadless({QStringLiteral("--style=Fusion"), QStringLiteral("-reverse"),
                               QStringLiteral("--qwindowtitle"), QStringLiteral("Inbox"),
                               QStringLiteral("--version")}));
}

TEST(CommandLine, QtsOwnOptionsAreAllowedAroundACommand)
{
    QTemporaryDir dir;
    const QString workspace = dir.filePath(QStringLiteral("options.hearken"));
    const HeadlessRun imported = runHeadless(
        {QStringLiteral("-platform"), QStringLiteral("offscreen"), QStringLiteral("import-sample"),
         QStringLiteral("20"), QStringLiteral("-style"), QStringLiteral("Fusion"),
         QStringLiteral("--workspace"), workspace});
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    EXPECT_TRUE(imported.out.contains("Added 20 sample items")) << imported.out.toStdString();
    // Progress into a pipe or a log is one line per count, not lines run together by \r.
    EXPECT_FALSE(imported.err.contains('\r')) << imported.err.toStdString();
    EXPECT_TRUE(imported.err.contains("20 of 20 items\n")) << imported.err.toStdString();

    const HeadlessRun queue = runHeadless(
        {QStringLiteral("-reverse"), QStringLiteral("queue"), QStringLiteral("--workspace"),
         workspace, QStringLiteral("--state"), QStringLiteral("all"), QStringLiteral("--json"),
         QStringLiteral("-stylesheet=none.qss")});
    ASSERT_EQ(queue.exitCode, 0) << queue.err.toStdString();
    EXPECT_EQ(queue.out.count('\n'), 20);
}

TEST(CommandLine, MistakesAreExplainedWithoutADisplay)
{
    const HeadlessRun unknown = runHeadless({QStringLiteral("--frobnicate")});
    EXPECT_EQ(unknown.exitStatus, QProcess::NormalExit);
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_TRUE(unknown.err.contains("Unknown option 'frobnicate'")) << unknown.err.toStdString();
}

TEST(CommandLine, AWorkspaceWithTheSampleIsRefused)
{
    QTemporaryDir dir;
    const QString workspace = dir.filePath(QStringLiteral("mine.hearken"));
    const HeadlessRun run =
        runHeadless({QStringLiteral("--workspace"), workspace, QStringLiteral("--sample")});
    EXPECT_EQ(run.exitStatus, QProcess::NormalExit);
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_EQ(QString::fromUtf8(run.err).trimmed(),
              QStringLiteral("--sample opens the sample workspace, not the one --workspace "
                             "names: give one of them."));
    EXPECT_FALSE(QFile::exists(workspace));
}
