// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/export_file.h"
#include "support/failing_files.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace hearken;
using namespace hearken::testing;

namespace {

QByteArray contents(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void put(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    ASSERT_EQ(file.write(bytes), bytes.size());
}

// Bytes that differ from line to line, more than one piece of ExportFile's buffer.
QByteArray report(int lines)
{
    QByteArray bytes;
    for (int i = 0; i < lines; ++i)
        bytes += "line " + QByteArray::number(i) + ", some figures of the period\n";
    return bytes;
}

class ExportFileTest : public ::testing::Test {
protected:
    void SetUp() override { ASSERT_TRUE(dir.isValid()); }

    // review.csv, holding an old report.
    QString oldReport() const
    {
        const QString path = dir.filePath(QStringLiteral("review.csv"));
        put(path, "the old report\n");
        return path;
    }

    QStringList entries() const
    {
        return QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::System);
    }

    QTemporaryDir dir;
};

} // namespace

TEST_F(ExportFileTest, ReplacesAFileOnlyOnceEverythingIsWritten)
{
    const QString path = oldReport();
    const QByteArray fresh = report(20000);
    ExportFile file(path);
    ASSERT_TRUE(file.begin());
    ASSERT_EQ(file.write(fresh), fresh.size());
    EXPECT_EQ(contents(path), "the old report\n") << "nothing replaced before the commit";
    ASSERT_TRUE(file.commit());
    EXPECT_EQ(contents(path), fresh);
    EXPECT_EQ(entries(), QStringList{QStringLiteral("review.csv")});
}

TEST_F(ExportFileTest, AFailedWriteKeepsTheOldFileAndNamesTheCause)
{
    const QString path = oldReport();
    const QByteArray fresh = report(20000);
    ExportFile file(path);
    ASSERT_TRUE(file.begin());
    {
        const FileSizeLimit full(100 * 1024);
        file.write(fresh);
        const auto committed = file.commit();
        ASSERT_FALSE(committed);
        EXPECT_EQ(committed.error(), QStringLiteral("Cannot write %1: File too large.").arg(path));
    }
    EXPECT_EQ(file.write("more"), -1) << "nothing is written after a failure";
    EXPECT_EQ(contents(path), "the old report\n");
    EXPECT_EQ(entries(), QStringList{QStringLiteral("review.csv")}) << "no half file is left";
}

TEST_F(ExportFileTest, AFullDeviceIsWrittenDirectlyAndItsErrorSaid)
{
    const QString full = fullDevice(dir);
    ExportFile file(full);
    ASSERT_TRUE(file.begin());
    file.write(report(10));
    const auto committed = file.commit();
    ASSERT_FALSE(committed);
    EXPECT_TRUE(committed.error().contains(QStringLiteral("No space left on device")))
        << committed.error().toStdString();
    EXPECT_TRUE(isCharacterDevice(full)) << "the device is still a device";
}

TEST_F(ExportFileTest, APipeIsWrittenThrough)
{
    const QString path = dir.filePath(QStringLiteral("pipe"));
    FifoReader reader(path);
    const QByteArray bytes = report(100);
    ExportFile file(path);
    ASSERT_TRUE(file.begin());
    ASSERT_EQ(file.write(bytes), bytes.size());
    ASSERT_TRUE(file.commit());
    EXPECT_EQ(reader.take(), bytes);
    EXPECT_TRUE(isFifo(path));
    EXPECT_EQ(entries(), QStringList{QStringLiteral("pipe")});
}

TEST_F(ExportFileTest, AFolderIsRefused)
{
    ExportFile file(dir.path());
    const auto begun = file.begin();
    ASSERT_FALSE(begun);
    EXPECT_EQ(
        begun.error(),
        QStringLiteral("Cannot write %1: it is a folder; name a file in it.").arg(dir.path()));
    EXPECT_TRUE(QFileInfo(dir.path()).isDir());
}

TEST_F(ExportFileTest, DiscardedOrUncommittedLeavesTheOldFile)
{
    const QString path = dir.filePath(QStringLiteral("review.json"));
    put(path, "{}");
    {
        ExportFile file(path);
        ASSERT_TRUE(file.begin());
        file.write(report(5000));
        file.discard();
        EXPECT_EQ(file.write("more"), -1);
    }
    {
        ExportFile file(path);
        ASSERT_TRUE(file.begin());
        file.write(report(5000));
    }
    EXPECT_EQ(contents(path), "{}");
    EXPECT_EQ(entries(), QStringList{QStringLiteral("review.json")});
}

TEST_F(ExportFileTest, AMissingFolderIsNamedInTheError)
{
    const QString path = dir.filePath(QStringLiteral("no/such/folder/review.pdf"));
    ExportFile file(path);
    const auto begun = file.begin();
    ASSERT_FALSE(begun);
    EXPECT_TRUE(begun.error().startsWith(QStringLiteral("Cannot write %1: ").arg(path)))
        << begun.error().toStdString();
    EXPECT_FALSE(begun.error().contains(QStringLiteral("Unknown error")));
}
