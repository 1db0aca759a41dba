// SPDX-License-Identifier: GPL-3.0-or-later
// `hearken` serves the verbs that read itself and hands every other command line, unchanged,
// to the full program (cli/verbs.cpp says which). A copy of `hearken` alone, without the full
// program where it looks for it, tells the two apart: what it serves still answers, what it
// hands on fails saying so.
#include "headless_hearken.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace hearken::testing;

namespace {

// The verbs `hearken --help` lists.
QSet<QString> verbsInTheHelp()
{
    const HeadlessRun help = runHeadless({QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0) << help.err.toStdString();
    const QString text = QString::fromUtf8(help.out);
    const qsizetype start = text.indexOf(QStringLiteral("Commands:\n"));
    EXPECT_GE(start, 0) << text.toStdString();
    // The list ends at the first empty line.
    const QString list = text.mid(start).section(QStringLiteral("\n\n"), 0, 0);
    QSet<QString> verbs;
    static const QRegularExpression verbLine(QStringLiteral("^  ([a-z][a-z-]*)  "),
                                             QRegularExpression::MultilineOption);
    auto matches = verbLine.globalMatch(list);
    while (matches.hasNext())
        verbs.insert(matches.next().captured(1));
    return verbs;
}

std::string sorted(const QSet<QString>& words)
{
    QStringList list = words.values();
    list.sort();
    return list.join(u' ').toStdString();
}

void expectUsage(const HeadlessRun& run, const QString& what)
{
    EXPECT_EQ(run.exitStatus, QProcess::NormalExit) << what.toStdString();
    EXPECT_EQ(run.exitCode, 0) << what.toStdString() << ": " << run.err.toStdString();
    EXPECT_TRUE(run.out.startsWith("Usage: ")) << what.toStdString() << ": " << run.out.data();
}

// A copy of `hearken` in bin/ of a fresh directory, without libexec/hearken/hearken-full.
class LoneCommand : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        ASSERT_TRUE(QDir(dir.path()).mkpath(QStringLiteral("bin")));
        ASSERT_TRUE(QFile::copy(QStringLiteral(HEARKEN_EXECUTABLE), program));
    }

    // Runs the copy and expects it to hand the command line on, and to fail saying so.
    void expectHandedOn(const QStringList& arguments)
    {
        const HeadlessRun run = runHeadlessProgram(program, arguments);
        const QString what = arguments.join(u' ');
        EXPECT_EQ(run.exitCode, 1) << what.toStdString();
        EXPECT_TRUE(run.out.isEmpty()) << what.toStdString() << ": " << run.out.data();
        const QString expected =
            QStringLiteral("Hearken could not start %1: No such file or directory. Reinstall "
                           "Hearken: this part of it is missing or damaged.\n")
                .arg(dir.filePath(QStringLiteral("libexec/hearken/hearken-full")));
        EXPECT_EQ(QString::fromUtf8(run.err), expected) << what.toStdString();
    }

    QTemporaryDir dir;
    const QString program = dir.filePath(QStringLiteral("bin/hearken"));
};

} // namespace

TEST(TwoPrograms, EveryVerbInTheHelpAnswersItsHelp)
{
    const QSet<QString> verbs = verbsInTheHelp();
    EXPECT_GE(verbs.size(), 7) << sorted(verbs);
    for (const QString& verb : verbs)
        expectUsage(runHeadless({verb, QStringLiteral("--help")}), verb);
}

TEST_F(LoneCommand, ServesTheVerbsThatReadAndHandsEveryOtherOn)
{
    const QSet<QString> light{QStringLiteral("queue"), QStringLiteral("classify"),
                              QStringLiteral("report")};
    const QSet<QString> full{
        QStringLiteral("import-sample"), QStringLiteral("accounts"),
        QStringLiteral("sync"),          QStringLiteral("serve"),
        QStringLiteral("team"),          QStringLiteral("oauth-client-metadata"),
        QStringLiteral("approvals")};
    EXPECT_EQ(sorted(light + full), sorted(verbsInTheHelp()))
        << "a verb is new or gone: say here which program serves it";
    for (const QString& verb : light)
        expectUsage(runHeadlessProgram(program, {verb, QStringLiteral("--help")}), verb);
    for (const QString& verb : full)
        expectHandedOn({verb, QStringLiteral("--help")});

    // A PDF report is drawn by the full program; CSV and JSON are written by the command.
    expectHandedOn({QStringLiteral("report"), QStringLiteral("--format"), QStringLiteral("pdf"),
                    QStringLiteral("--output"), dir.filePath(QStringLiteral("review.pdf"))});
    expectUsage(runHeadlessProgram(program, {QStringLiteral("report"), QStringLiteral("--format"),
                                             QStringLiteral("csv"), QStringLiteral("--help")}),
                QStringLiteral("report --format csv"));
    // The window is the full program's; the answers without one are the command's.
    expectHandedOn({});
    expectHandedOn({QStringLiteral("--sample")});
    expectHandedOn({QStringLiteral("-platform"), QStringLiteral("xcb"), QStringLiteral("-w"),
                    dir.filePath(QStringLiteral("team.hearken"))});
    expectUsage(runHeadlessProgram(program, {QStringLiteral("--help")}), QStringLiteral("--help"));
    const HeadlessRun version = runHeadlessProgram(program, {QStringLiteral("--version")});
    EXPECT_EQ(version.exitCode, 0) << version.err.toStdString();
    EXPECT_EQ(version.out, "Hearken " HEARKEN_VERSION "\n");
    const HeadlessRun unknown = runHeadlessProgram(program, {QStringLiteral("no-such-verb")});
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_TRUE(unknown.err.startsWith("Unknown command \"no-such-verb\"")) << unknown.err.data();
}

TEST(TwoPrograms, TheFullProgramGetsTheCommandLineUnchanged)
{
    // Started through a link elsewhere, `hearken` still finds the full program from its own
    // file, and hands it every argument, its own name (argv[0]) included.
    QTemporaryDir dir;
    const QString link = dir.filePath(QStringLiteral("hk"));
    ASSERT_TRUE(QFile::link(QStringLiteral(HEARKEN_EXECUTABLE), link));
    const HeadlessRun run =
        runHeadlessProgram(link, {QStringLiteral("-style"), QStringLiteral("Fusion"),
                                  QStringLiteral("sync"), QStringLiteral("--no-such-option")});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_EQ(run.err, "Unknown option 'no-such-option'.\n");
    const HeadlessRun help =
        runHeadlessProgram(link, {QStringLiteral("sync"), QStringLiteral("-h")});
    EXPECT_EQ(help.exitCode, 0) << help.err.toStdString();
    const QByteArray usage = QByteArray("Usage: ") + link.toLocal8Bit() + " [options]";
    EXPECT_TRUE(help.out.startsWith(usage)) << help.out.data();
}
