// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/failing_files.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <functional>

using namespace hearken::testing;

namespace {

struct Finished {
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs a program to its end; `whileRunning` is called every few milliseconds meanwhile.
Finished run(const QString& program, const QStringList& arguments,
             const std::function<void(QProcess&)>& prepare = {},
             const std::function<void()>& whileRunning = {})
{
    QProcess process;
    if (prepare)
        prepare(process);
    process.start(program, arguments);
    EXPECT_TRUE(process.waitForStarted()) << program.toStdString() << " is missing";
    const QDeadlineTimer deadline(120000);
    while (!process.waitForFinished(whileRunning ? 20 : 120000) && !deadline.hasExpired()) {
        if (whileRunning)
            whileRunning();
    }
    EXPECT_EQ(process.state(), QProcess::NotRunning);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

// The message a command ends with (the graphical toolkit may warn before it).
std::string lastLine(const QString& text)
{
    return text.trimmed().split(u'\n').last().toStdString();
}

Finished hearken(const QStringList& arguments, const std::function<void(QProcess&)>& prepare = {},
                 const std::function<void()>& whileRunning = {})
{
    return run(QStringLiteral(HEARKEN_EXECUTABLE), arguments, prepare, whileRunning);
}

// RFC 4180 records: quoted fields may hold commas, quotes and line breaks.
QList<QStringList> parseCsv(const QString& text)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text[i + 1] == u'"')
                field += u'"', ++i;
            else if (c == u'"')
                quoted = false;
            else
                field += c;
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            record.append(std::exchange(field, QString()));
        } else if (c == u'\n') {
            record.append(std::exchange(field, QString()));
            records.append(std::exchange(record, QStringList()));
        } else if (c != u'\r') {
            field += c;
        }
    }
    return records;
}

class ReportCommand : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        workspace = dir.filePath(QStringLiteral("sample.hearken"));
        const Finished imported = hearken({QStringLiteral("import-sample"), QStringLiteral("600"),
                                           QStringLiteral("--workspace"), workspace});
        ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
        // The sample's items reach back two weeks from now.
        to = QDate::currentDate();
        from = to.addDays(-13);
    }

    Finished report(const QString& format, const QString& output, QStringList more = {},
                    const std::function<void(QProcess&)>& prepare = {},
                    const std::function<void()>& whileRunning = {})
    {
        return hearken(QStringList{QStringLiteral("report"), QStringLiteral("--workspace"),
                                   workspace, QStringLiteral("--from"), from.toString(Qt::ISODate),
                                   QStringLiteral("--to"), to.toString(Qt::ISODate),
                                   QStringLiteral("--format"), format, QStringLiteral("--output"),
                                   output} +
                           more,
                       prepare, whileRunning);
    }

    QByteArray contents(const QString& name) const
    {
        QFile file(dir.filePath(name));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    QJsonObject json()
    {
        const QString path = dir.filePath(QStringLiteral("report.json"));
        const Finished ran = report(QStringLiteral("json"), path);
        EXPECT_EQ(ran.exitCode, 0) << ran.err.toStdString();
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::ReadOnly));
        return QJsonDocument::fromJson(file.readAll()).object();
    }

    QTemporaryDir dir;
    QString workspace;
    QDate from;
    QDate to;
};

} // namespace

TEST_F(ReportCommand, CsvHasOneRowPerItemOfThePeriodWithItsTimeline)
{
    const QJsonObject figures = json();
    const int received = figures[QStringLiteral("record")][QStringLiteral("received")].toInt();
    ASSERT_GT(received, 0);

    const QString path = dir.filePath(QStringLiteral("items.csv"));
    const Finished ran = report(QStringLiteral("csv"), path);
    ASSERT_EQ(ran.exitCode, 0) << ran.err.toStdString();
    EXPECT_TRUE(ran.out.contains(QString::number(received)));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QList<QStringList> records = parseCsv(QString::fromUtf8(file.readAll()));
    ASSERT_EQ(records.size(), received + 1);
    const QStringList header = records[0];
    for (const char* column : {"item_id", "received_at", "tone", "state", "first_reply_at",
                               "first_response_seconds", "thanked_at", "history", "text"})
        EXPECT_TRUE(header.contains(QLatin1String(column))) << column;
    const qsizetype receivedAt = header.indexOf(QStringLiteral("received_at"));
    const qsizetype firstReply = header.indexOf(QStringLiteral("first_reply_at"));
    const qsizetype seconds = header.indexOf(QStringLiteral("first_response_seconds"));
    int answered = 0;
    for (qsizetype r = 1; r < records.size(); ++r) {
        const QStringList& row = records[r];
        ASSERT_EQ(row.size(), header.size()) << "row " << r;
        const QDateTime arrived = QDateTime::fromString(row[receivedAt], Qt::ISODate);
        ASSERT_TRUE(arrived.isValid()) << row[receivedAt].toStdString();
        EXPECT_GE(arrived.date(), from);
        EXPECT_LE(arrived.date(), to);
        if (row[firstReply].isEmpty())
            continue;
        ++answered;
        const QDateTime replied = QDateTime::fromString(row[firstReply], Qt::ISODate);
        EXPECT_EQ(arrived.secsTo(replied), row[seconds].toLongLong())
            << "without business hours the first response is wall-clock time";
    }
    EXPECT_EQ(
        answered,
        figures[QStringLiteral("record")][QStringLiteral("first_response")][QStringLiteral("count")]
            .toInt());
}

TEST_F(ReportCommand, PdfOpensAndCarriesTheHeadlineNumbers)
{
    const QJsonObject record = json()[QStringLiteral("record")].toObject();
    const QString path = dir.filePath(QStringLiteral("review.pdf"));
    const Finished ran = report(QStringLiteral("pdf"), path);
    ASSERT_EQ(ran.exitCode, 0) << ran.err.toStdString();

    const Finished text =
        run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    ASSERT_EQ(text.exitCode, 0) << text.err.toStdString();
    EXPECT_TRUE(text.out.contains(QStringLiteral("Response review")));
    const QJsonObject criticism = record[QStringLiteral("criticism_answered")].toObject();
    const QString answered = QStringLiteral("%1 of %2")
                                 .arg(criticism[QStringLiteral("met")].toInt())
                                 .arg(criticism[QStringLiteral("total")].toInt());
    EXPECT_TRUE(text.out.contains(answered)) << answered.toStdString();
    const QString received = QString::number(record[QStringLiteral("received")].toInt());
    EXPECT_TRUE(text.out.contains(QStringLiteral("Items received"))) << text.out.toStdString();
    EXPECT_TRUE(text.out.contains(received));
    for (const char* heading : {"Backlog now", "Trends", "Robotic replies", "Follow-ups"})
        EXPECT_TRUE(text.out.contains(QLatin1String(heading))) << heading;

    const Finished pages = run(QStringLiteral("pdftoppm"),
                               {QStringLiteral("-r"), QStringLiteral("40"), QStringLiteral("-png"),
                                path, dir.filePath(QStringLiteral("page"))});
    ASSERT_EQ(pages.exitCode, 0) << pages.err.toStdString();
    EXPECT_GE(QDir(dir.path()).entryList({QStringLiteral("page*.png")}).size(), 2);
}

TEST_F(ReportCommand, JsonFiltersByAccount)
{
    const int all = json()[QStringLiteral("record")][QStringLiteral("received")].toInt();
    const QString path = dir.filePath(QStringLiteral("one.json"));
    const Finished ran =
        report(QStringLiteral("json"), path, {QStringLiteral("--account"), QStringLiteral("1")});
    ASSERT_EQ(ran.exitCode, 0) << ran.err.toStdString();
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QJsonObject one = QJsonDocument::fromJson(file.readAll()).object();
    const int some = one[QStringLiteral("record")][QStringLiteral("received")].toInt();
    EXPECT_GT(some, 0);
    EXPECT_LT(some, all);
    EXPECT_EQ(one[QStringLiteral("filter")][QStringLiteral("accounts")].toArray().first().toInt(),
              1);
}

TEST_F(ReportCommand, BadArgumentsAndUnwritableFilesAreClearErrors)
{
    const QString out = dir.filePath(QStringLiteral("x"));
    EXPECT_EQ(report(QStringLiteral("xls"), out).exitCode, 2);
    EXPECT_EQ(report(QStringLiteral("csv"), QString()).exitCode, 2);
    EXPECT_EQ(
        report(QStringLiteral("csv"), out, {QStringLiteral("--account"), QStringLiteral("first")})
            .exitCode,
        2);
    from = to.addDays(1);
    EXPECT_EQ(report(QStringLiteral("csv"), out).exitCode, 2) << "--to before --from";
    from = to.addDays(-13);
    for (const QString& format :
         {QStringLiteral("csv"), QStringLiteral("json"), QStringLiteral("pdf")}) {
        const QString missing = dir.filePath(QStringLiteral("no/such/dir/report.") + format);
        const Finished ran = report(format, missing);
        EXPECT_EQ(ran.exitCode, 1) << format.toStdString();
        EXPECT_TRUE(ran.err.contains(missing)) << ran.err.toStdString();
    }
    EXPECT_FALSE(QFile::exists(out));
}

TEST_F(ReportCommand, APipeIsWrittenThroughNotReplaced)
{
    const QString pipe = dir.filePath(QStringLiteral("pipe"));
    FifoReader reader(pipe);
    QByteArray received;
    const Finished ran =
        report(QStringLiteral("json"), pipe, {}, {}, [&] { received += reader.take(); });
    received += reader.take();
    ASSERT_EQ(ran.exitCode, 0) << ran.err.toStdString();
    EXPECT_TRUE(isFifo(pipe)) << "the pipe was replaced by a file";
    const QJsonObject figures = QJsonDocument::fromJson(received).object();
    EXPECT_GT(figures[QStringLiteral("record")][QStringLiteral("received")].toInt(), 0)
        << received.left(200).toStdString();
}

TEST_F(ReportCommand, DashWritesToStandardOutput)
{
    auto inDir = [this](QProcess& process) { process.setWorkingDirectory(dir.path()); };
    const Finished json = report(QStringLiteral("json"), QStringLiteral("-"), {}, inDir);
    ASSERT_EQ(json.exitCode, 0) << json.err.toStdString();
    const QJsonObject figures = QJsonDocument::fromJson(json.out.toUtf8()).object();
    EXPECT_GT(figures[QStringLiteral("record")][QStringLiteral("received")].toInt(), 0)
        << json.out.left(200).toStdString();

    const Finished csv = report(QStringLiteral("csv"), QStringLiteral("-"), {}, inDir);
    ASSERT_EQ(csv.exitCode, 0) << csv.err.toStdString();
    EXPECT_TRUE(csv.out.startsWith(QStringLiteral("item_id,received_at,")));
    EXPECT_EQ(parseCsv(csv.out).size(),
              figures[QStringLiteral("record")][QStringLiteral("received")].toInt() + 1);
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("-"))));
}

TEST_F(ReportCommand, AFullDeviceIsAnErrorWithItsCauseAndStaysADevice)
{
    const QString full = fullDevice(dir);
    for (const QString& format :
         {QStringLiteral("csv"), QStringLiteral("json"), QStringLiteral("pdf")}) {
        const Finished ran = report(format, full);
        EXPECT_EQ(ran.exitCode, 1) << format.toStdString();
        EXPECT_EQ(
            lastLine(ran.err),
            QStringLiteral("Cannot write %1: No space left on device.").arg(full).toStdString())
            << format.toStdString();
        EXPECT_FALSE(ran.out.contains(QStringLiteral("Wrote"))) << ran.out.toStdString();
        ASSERT_TRUE(isCharacterDevice(full)) << "the device was replaced by a file";
    }
}

TEST_F(ReportCommand, AFailedWriteKeepsThePreviousReportAndSaysWhy)
{
    // Room for SQLite's shared-memory file (32 KiB), not for these reports of all the sample.
    constexpr rlim_t room = 40 * 1024;
    from = to.addDays(-300);
    for (const QString& format : {QStringLiteral("csv"), QStringLiteral("pdf")}) {
        const QString name = QStringLiteral("review.") + format;
        const Finished first = report(format, dir.filePath(name));
        ASSERT_EQ(first.exitCode, 0) << first.err.toStdString();
        const QByteArray previous = contents(name);
        ASSERT_GT(previous.size(), qsizetype(room)) << format.toStdString();

        const Finished ran = report(format, dir.filePath(name), {}, [](QProcess& process) {
            process.setChildProcessModifier([] { limitFileSize(room); });
        });
        EXPECT_EQ(ran.exitCode, 1) << format.toStdString();
        EXPECT_EQ(lastLine(ran.err), QStringLiteral("Cannot write %1: File too large.")
                                         .arg(dir.filePath(name))
                                         .toStdString());
        EXPECT_FALSE(ran.out.contains(QStringLiteral("Wrote")));
        EXPECT_EQ(contents(name), previous) << format.toStdString() << ": the old file is gone";
        EXPECT_EQ(QDir(dir.path()).entryList({name + u'*'}), QStringList{name})
            << "no half-written file is left";
    }
}

TEST_F(ReportCommand, APeriodOfMoreThanAYearIsRefused)
{
    from = QDate(1, 1, 1);
    to = QDate(9999, 12, 31);
    const QString out = dir.filePath(QStringLiteral("ages.json"));
    const Finished ran = report(QStringLiteral("json"), out);
    EXPECT_EQ(ran.exitCode, 2);
    EXPECT_TRUE(ran.err.startsWith(QStringLiteral("A report covers at most 366 days;")))
        << ran.err.toStdString();
    EXPECT_FALSE(QFile::exists(out));

    to = QDate(2028, 12, 31);
    from = QDate(2028, 1, 1);
    const Finished leapYear = report(QStringLiteral("json"), out);
    EXPECT_EQ(leapYear.exitCode, 0) << leapYear.err.toStdString();
}
