// SPDX-License-Identifier: GPL-3.0-or-later
#include "headless_hearken.h"
#include "store/workspace.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTimeZone>

#include <gtest/gtest.h>

#include <fcntl.h>
#include <pty.h>
#include <unistd.h>

using namespace hearken::testing;

namespace {

class ReportDefaults : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        workspace = dir.filePath(QStringLiteral("defaults.hearken"));
        const HeadlessRun imported = runHeadless(
            {QStringLiteral("import-sample"), QStringLiteral("300"), QStringLiteral("--days"),
             QStringLiteral("30"), QStringLiteral("-w"), workspace});
        ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    }

    HeadlessRun report(const QStringList& more,
                       const std::function<void(QProcess&)>& prepare = {}) const
    {
        return runHeadless(
            QStringList{QStringLiteral("report"), QStringLiteral("-w"), workspace} + more, prepare);
    }

    void setTimeZone(const QString& zone) const
    {
        auto opened = hearken::Workspace::open(workspace);
        ASSERT_TRUE(opened) << opened.error().message.toStdString();
        ASSERT_TRUE((*opened)->settings().setTimeZone(zone));
    }

    QTemporaryDir dir;
    QString workspace;
};

// The last Monday-to-Sunday week that has ended in `zone`.
std::pair<QDate, QDate> lastWeekIn(const QTimeZone& zone)
{
    QDate sunday = QDateTime::currentDateTime().toTimeZone(zone).date().addDays(-1);
    while (sunday.dayOfWeek() != Qt::Sunday)
        sunday = sunday.addDays(-1);
    return {sunday.addDays(-6), sunday};
}

} // namespace

TEST_F(ReportDefaults, WithoutOutputTheReportGoesToStandardOutput)
{
    const QStringList period = {QStringLiteral("--from"),
                                QDate::currentDate().addDays(-20).toString(Qt::ISODate),
                                QStringLiteral("--to"), QDate::currentDate().toString(Qt::ISODate)};
    const HeadlessRun json =
        report(QStringList{QStringLiteral("--format"), QStringLiteral("json")} + period);
    ASSERT_EQ(json.exitCode, 0) << json.err.toStdString();
    const QJsonObject figures = QJsonDocument::fromJson(json.out).object();
    const int received = figures[QStringLiteral("record")][QStringLiteral("received")].toInt();
    EXPECT_GT(received, 0) << json.out.left(200).toStdString();

    const HeadlessRun csv =
        report(QStringList{QStringLiteral("--format"), QStringLiteral("csv")} + period);
    ASSERT_EQ(csv.exitCode, 0) << csv.err.toStdString();
    EXPECT_TRUE(csv.out.startsWith("item_id,received_at,")) << csv.out.left(200).toStdString();

    const HeadlessRun pdf =
        report(QStringList{QStringLiteral("--format"), QStringLiteral("pdf")} + period);
    ASSERT_EQ(pdf.exitCode, 0) << pdf.err.toStdString();
    EXPECT_TRUE(pdf.out.startsWith("%PDF-")) << pdf.out.left(20).toStdString();
}

TEST_F(ReportDefaults, WithoutDatesTheReportCoversTheLastFullWeekOfTheWorkspacesZone)
{
    // Fourteen hours ahead of UTC: a new week starts there before it does here.
    const QTimeZone kiribati("Pacific/Kiritimati");
    setTimeZone(QString::fromUtf8(kiribati.id()));
    const HeadlessRun json = report({QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(json.exitCode, 0) << json.err.toStdString();
    const QJsonObject figures = QJsonDocument::fromJson(json.out).object();
    const auto [monday, sunday] = lastWeekIn(kiribati);
    EXPECT_EQ(figures[QStringLiteral("from")].toString(), monday.toString(Qt::ISODate));
    EXPECT_EQ(figures[QStringLiteral("to")].toString(), sunday.toString(Qt::ISODate));
    EXPECT_EQ(figures[QStringLiteral("time_zone")].toString(),
              QStringLiteral("Pacific/Kiritimati"));
    EXPECT_EQ(QString::fromUtf8(json.err).trimmed(),
              QStringLiteral("Reporting on the last full week, %1 to %2 (Pacific/Kiritimati); "
                             "--from and --to choose another period.")
                  .arg(monday.toString(Qt::ISODate), sunday.toString(Qt::ISODate)));
}

TEST_F(ReportDefaults, HalfAPeriodIsAMistake)
{
    const HeadlessRun run = report({QStringLiteral("--format"), QStringLiteral("json"),
                                    QStringLiteral("--from"), QStringLiteral("2026-03-01")});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains("leave both out for the last full week")) << run.err.toStdString();
    EXPECT_TRUE(run.out.isEmpty());
}

TEST_F(ReportDefaults, APdfForATerminalIsRefused)
{
    int terminal = -1;
    int screen = -1;
    ASSERT_EQ(openpty(&terminal, &screen, nullptr, nullptr, nullptr), 0);
    const HeadlessRun run =
        report({QStringLiteral("--format"), QStringLiteral("pdf")}, [screen](QProcess& process) {
            process.setChildProcessModifier([screen] { dup2(screen, STDOUT_FILENO); });
        });
    ::close(screen);
    fcntl(terminal, F_SETFL, O_NONBLOCK);
    char shown[64] = {};
    const ssize_t shownBytes = ::read(terminal, shown, sizeof shown);
    ::close(terminal);
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains("A PDF is not for reading in a terminal: name the file to write "
                                 "with --output"))
        << run.err.toStdString();
    EXPECT_LE(shownBytes, 0) << "nothing reaches the terminal: "
                             << std::string(shown, std::size_t(shownBytes));
}
