// SPDX-License-Identifier: GPL-3.0-or-later
// Opening a workspace never costs the connections this process already has open their
// POSIX locks: without them another process takes the file for unused and deletes its
// write-ahead log from under them.
#include "support/workspace_fixture.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <sys/stat.h>

using namespace hearken;

namespace {

// The POSIX locks this process holds on `path`, as the kernel lists them in /proc/locks
// (read without opening `path`, since closing a descriptor of it would drop them).
int locksHeldOn(const QString& path)
{
    struct stat info {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    QFile locks(QStringLiteral("/proc/locks"));
    if (!locks.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray pid = QByteArray::number(QCoreApplication::applicationPid());
    const QByteArray inode = ':' + QByteArray::number(qulonglong(info.st_ino));
    int held = 0;
    for (const QByteArray& line : locks.readAll().split('\n')) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() > 5 && fields[1] == "POSIX" && fields[4] == pid &&
            fields[5].endsWith(inode))
            ++held;
    }
    return held;
}

} // namespace

TEST(WorkspaceFileLocks, OpeningAgainKeepsTheOpenConnectionsLocks)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("locks.hearken"));
    auto window = hearken::testing::openWorkspace(path);
    ASSERT_TRUE(window);
    ASSERT_TRUE(window->accounts().accounts().has_value());
    ASSERT_GT(locksHeldOn(path), 0) << "a connection in WAL mode keeps a lock on the file";

    // The window opens more connections of its own (its worker thread, the review).
    auto worker = hearken::testing::openWorkspace(path);
    ASSERT_TRUE(worker);
    ASSERT_TRUE(worker->accounts().accounts().has_value());
    EXPECT_GT(locksHeldOn(path), 0);
}
