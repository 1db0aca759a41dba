// SPDX-License-Identifier: GPL-3.0-or-later
// The hearken executable given input meant to hurt: addresses it must refuse at once, and
// stored text that must not reach the terminal as control sequences.
#include "store/workspace.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace hearken;

namespace {

struct Finished {
    bool finished = false;
    int exitCode = -1;
    QByteArray out;
    QString err;
};

// Runs hearken with no browser and a home of its own; a run still going after ten seconds
// counts as hung (and is killed).
Finished runHearken(const QStringList& arguments, const QString& home)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("BROWSER"));
    environment.insert(QStringLiteral("HOME"), home);
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home + u"/config");
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home + u"/data");
    environment.insert(QStringLiteral("HEARKEN_BLUESKY_APP_PASSWORD"), QStringLiteral("x"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(HEARKEN_EXECUTABLE), arguments);
    EXPECT_TRUE(process.waitForStarted());
    process.closeWriteChannel();
    Finished result;
    result.finished = process.waitForFinished(10'000);
    if (!result.finished) {
        process.kill();
        process.waitForFinished();
    }
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

// The first byte sequence a terminal would act on (C0 but LF, DEL, C1 in UTF-8, a bidi
// embedding, override or isolate control in UTF-8), or -1.
qsizetype firstControl(const QByteArray& bytes)
{
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto b = uchar(bytes[i]);
        const auto next = i + 1 < bytes.size() ? uchar(bytes[i + 1]) : 0;
        const auto third = i + 2 < bytes.size() ? uchar(bytes[i + 2]) : 0;
        if ((b < 0x20 && b != '\n') || b == 0x7F || (b == 0xC2 && next >= 0x80 && next < 0xA0) ||
            (b == 0xE2 && next == 0x80 && third >= 0xAA && third <= 0xAE) ||
            (b == 0xE2 && next == 0x81 && third >= 0xA6 && third <= 0xA9))
            return i;
    }
    return -1;
}

// ESC ] 0 ; title BEL, ESC [ 2 J, a bare CR, C1 CSI, a right-to-left override.
const QString hostile = QStringLiteral("Hi\x1b]0;owned\x07 there\x1b[2J over\rwritten ") +
                        QChar(0x9B) + QStringLiteral("31m red ") + QChar(0x202E) +
                        QStringLiteral("gnp.exe");

} // namespace

TEST(HostileInput, AccountsAddRefusesAnAddressItWillNotUseAtOnceAndCreatesNoWorkspace)
{
    QTemporaryDir dir;
    const QStringList servers = {QStringLiteral("javascript:alert(1)"),
                                 QStringLiteral("file:///etc/passwd"),
                                 QStringLiteral("file:/etc/passwd"),
                                 QStringLiteral("ftp://example.org"),
                                 QString(),
                                 QStringLiteral("https://example.org:99999"),
                                 QStringLiteral("10.0.0.1"),
                                 QStringLiteral("https://192.168.1.1"),
                                 QStringLiteral("http://[fe80::1]"),
                                 QStringLiteral("https://user:secret@example.org")};
    for (const QString& server : servers) {
        const QString workspace = dir.filePath(QStringLiteral("new.hearken"));
        const Finished run = runHearken({QStringLiteral("accounts"), QStringLiteral("add"),
                                         QStringLiteral("mastodon"), QStringLiteral("--server"),
                                         server, QStringLiteral("--workspace"), workspace},
                                        dir.path());
        EXPECT_TRUE(run.finished) << server.toStdString() << " hangs";
        EXPECT_EQ(run.exitCode, 1) << server.toStdString();
        EXPECT_FALSE(run.err.trimmed().isEmpty()) << server.toStdString();
        EXPECT_FALSE(run.err.contains(u"secret")) << run.err.toStdString();
        EXPECT_EQ(QDir(dir.path()).entryList({QStringLiteral("new.hearken*")}), QStringList())
            << server.toStdString() << " left a workspace file behind";
        QFile::remove(workspace);
    }
}

TEST(HostileInput, AccountsAddBlueskyRefusesABadServerAddressBeforeCreatingTheWorkspace)
{
    QTemporaryDir dir;
    const QString workspace = dir.filePath(QStringLiteral("new.hearken"));
    for (const QString& option :
         {QStringLiteral("--pds"), QStringLiteral("--plc"), QStringLiteral("--resolver")}) {
        const Finished run = runHearken(
            {QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("bluesky"),
             QStringLiteral("--handle"), QStringLiteral("alice.example"),
             QStringLiteral("--app-password"), option, QStringLiteral("https://10.1.2.3"),
             QStringLiteral("--workspace"), workspace},
            dir.path());
        EXPECT_TRUE(run.finished);
        EXPECT_EQ(run.exitCode, 1) << run.err.toStdString();
        EXPECT_TRUE(run.err.contains(u"10.1.2.3")) << run.err.toStdString();
        EXPECT_FALSE(QFile::exists(workspace)) << option.toStdString();
    }
}

TEST(HostileInput, QueueAndAccountListingsPrintNoControlSequences)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.hearken"));
    {
        // Rows as a workspace kept them before text was cleaned on arrival.
        auto workspace = Workspace::open(path);
        ASSERT_TRUE(workspace) << workspace.error().message.toStdString();
        Account account;
        account.network = QStringLiteral("mastodon");
        account.remoteId = QStringLiteral("1@example.social");
        account.handle = hostile;
        const auto accountId = (*workspace)->accounts().saveAccount(account, 1);
        ASSERT_TRUE(accountId);
        InboundItem item;
        item.post.accountId = *accountId;
        item.post.network = QStringLiteral("mastodon");
        item.post.remoteId = QStringLiteral("100@example.social");
        item.post.author.network = QStringLiteral("mastodon");
        item.post.author.remoteId = QStringLiteral("fan@example.social");
        item.post.author.handle = hostile;
        item.post.author.displayName = hostile;
        item.post.text = hostile;
        item.post.createdAt = QDateTime::currentSecsSinceEpoch() - 60;
        IngestBatch batch;
        batch.items << item;
        ASSERT_TRUE((*workspace)->ingest().write(batch));
    }
    const QList<QStringList> commands = {
        {QStringLiteral("queue")},
        {QStringLiteral("queue"), QStringLiteral("--json")},
        {QStringLiteral("accounts"), QStringLiteral("list")},
        {QStringLiteral("accounts"), QStringLiteral("list"), QStringLiteral("--json")}};
    for (QStringList command : commands) {
        command << QStringLiteral("--workspace") << path;
        const Finished run = runHearken(command, dir.path());
        ASSERT_TRUE(run.finished);
        EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
        EXPECT_TRUE(run.out.contains("gnp.exe")) << run.out.toStdString();
        EXPECT_EQ(firstControl(run.out), -1)
            << command.join(u' ').toStdString() << ": " << run.out.toStdString();
    }
    const Finished text =
        runHearken({QStringLiteral("queue"), QStringLiteral("--workspace"), path}, dir.path());
    EXPECT_TRUE(text.out.contains("Hi]0;owned there[2J over")) << text.out.toStdString();
    EXPECT_TRUE(text.out.contains("<U+202E>gnp.exe")) << text.out.toStdString();
}
