// SPDX-License-Identifier: GPL-3.0-or-later
#include "inbox/thread_pane.h"
#include "report/report_builder.h"
#include "report/report_csv.h"
#include "report/report_text.h"
#include "review/review_runner.h"
#include "review/review_sections.h"
#include "review/review_settings_dialog.h"
#include "review/review_window.h"
#include "shell/info_bar.h"
#include "store/report_repository.h"
#include "support/damaged_file.h"
#include "support/failing_files.h"
#include "window_fixture.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QLineSeries>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTreeWidget>

using namespace hearken;
using namespace hearken::testing;

namespace {

class ReviewWindowTest : public WindowTest {
protected:
    ReviewWindow& openReview()
    {
        showSample();
        return WindowTest::openReview();
    }

    // The same figures, computed directly on the workspace.
    Report expected(const ReportRequest& request)
    {
        const ReportRepository repository(workspace().database());
        return ReportBuilder(repository, ReportSettings::read(workspace().settings()).value())
            .build(request, now)
            .value();
    }
};

} // namespace

TEST_F(ReviewWindowTest, ShowsTheFiguresOfTheLastTwoWeeks)
{
    ReviewWindow& review = openReview();
    ASSERT_TRUE(review.report());
    const Report& shown = *review.report();
    EXPECT_EQ(review.request().from.daysTo(review.request().to), 13);
    const Report direct = expected(review.request());
    EXPECT_GT(direct.record.received, 0);
    EXPECT_EQ(shown.record.received, direct.record.received);
    EXPECT_EQ(review.headline().figure(QStringLiteral("Items received")),
              QString::number(direct.record.received));
    EXPECT_EQ(review.headline().figure(QStringLiteral("Criticism answered")),
              rateText(direct.record.criticismAnswered));
    EXPECT_EQ(review.headline().figure(QStringLiteral("First response, median")),
              durationText(direct.record.firstResponse.median));
    QTableWidget& ages = review.backlog().ages();
    ASSERT_EQ(ages.rowCount(), 3);
    for (int b = 0; b < ageBucketCount; ++b)
        EXPECT_EQ(ages.item(0, b + 1)->text(),
                  QString::number(direct.backlog.byFlagAndAge[0][std::size_t(b)]));
    EXPECT_EQ(review.backlog().oldest().topLevelItemCount(), direct.backlog.oldest.size());
    EXPECT_EQ(review.record().assignees().rowCount(), direct.record.assignees.size());
    EXPECT_EQ(review.replies().repeated().rowCount(), direct.repeatedReplies.size());
    ASSERT_EQ(review.charts().size(), 3);
    for (QChartView* view : review.charts()) {
        ASSERT_EQ(view->chart()->series().size(), 2) << "this period and the one before";
        EXPECT_EQ(static_cast<QLineSeries*>(view->chart()->series()[1])->count() > 0, true);
    }
}

TEST_F(ReviewWindowTest, ExportsAreOfferedUnderThePeriodsDates)
{
    ReviewWindow& review = openReview();
    review.setPeriod(QDate(2026, 3, 2), QDate(2026, 3, 8));
    EXPECT_EQ(review.exportFileName(u"csv"_qs), u"hearken-review-2026-03-02-to-2026-03-08.csv"_qs);
    EXPECT_EQ(review.exportFileName(u"pdf"_qs), u"hearken-review-2026-03-02-to-2026-03-08.pdf"_qs);
}

TEST(ReviewHeadline, AMedianOfNoTimeInBusinessHoursIsExplained)
{
    Report report;
    report.record.firstResponse.median = 10;
    report.previousRecord.firstResponse.median = 3600;
    HeadlineSection headline;
    headline.show(report);
    EXPECT_EQ(headline.figure(u"First response, median"_qs), u"0 min"_qs);
    EXPECT_EQ(headline.detail(u"First response, median"_qs), u"before: 1 h"_qs);

    report.businessHours = u"Mon–Fri 09:00–17:00"_qs;
    headline.show(report);
    EXPECT_TRUE(headline.detail(u"First response, median"_qs).contains(u"outside business hours"))
        << headline.detail(u"First response, median"_qs).toStdString();

    report.record.firstResponse.median = 600;
    headline.show(report);
    EXPECT_EQ(headline.detail(u"First response, median"_qs), u"before: 1 h"_qs);
}

TEST_F(ReviewWindowTest, FiltersAndPeriodChangeTheFigures)
{
    ReviewWindow& review = openReview();
    const qint64 allItems = review.report()->record.received;
    review.setPeriod(review.request().to, review.request().to);
    QSignalSpy shown(&review, &ReviewWindow::reportShown);
    review.refresh();
    ASSERT_TRUE(shown.wait(10000));
    EXPECT_LT(review.report()->record.received, allItems);
    EXPECT_EQ(review.report()->record.received, expected(review.request()).record.received);
}

TEST_F(ReviewWindowTest, OpeningAWaitingItemShowsItInTheInbox)
{
    ReviewWindow& review = openReview();
    QTreeWidget& oldest = review.backlog().oldest();
    ASSERT_GT(oldest.topLevelItemCount(), 0);
    QTreeWidgetItem* first = oldest.topLevelItem(0);
    const qint64 postId = first->data(0, Qt::UserRole).toLongLong();
    QSignalSpy asked(&review, &ReviewWindow::openItemRequested);
    Q_EMIT oldest.itemActivated(first, 0);
    ASSERT_EQ(asked.size(), 1);
    EXPECT_EQ(asked[0][0].toLongLong(), postId);
    EXPECT_EQ(inbox().threadPane().item(), postId);
}

TEST_F(ReviewWindowTest, ExportsTheAuditCsvOffTheWindowThread)
{
    ReviewWindow& review = openReview();
    const QString path = dir.filePath(QStringLiteral("audit.csv"));
    QSignalSpy finished(&review, &ReviewWindow::exportFinished);
    review.exportCsv(path);
    ASSERT_TRUE(finished.wait(10000)) << review.errorBar().message().toStdString();
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    EXPECT_EQ(QString::fromUtf8(lines[0]).trimmed(), TimelineCsv::columns().join(u','));
    // Text fields may hold line breaks; the sample's do not.
    EXPECT_EQ(lines.size() - 2, review.report()->record.received);
    EXPECT_TRUE(review.statusText().contains(QStringLiteral("audit.csv")));
}

TEST_F(ReviewWindowTest, AnUnwritableFileIsAClearError)
{
    ReviewWindow& review = openReview();
    const QString missing = dir.filePath(QStringLiteral("no/such/folder/review.pdf"));
    review.exportPdf(missing);
    EXPECT_FALSE(review.errorBar().isHidden());
    EXPECT_TRUE(review.errorBar().message().contains(missing));
    EXPECT_FALSE(QFile::exists(missing));

    QSignalSpy failed(&review.runner(), &ReviewRunner::failed);
    review.exportCsv(dir.filePath(QStringLiteral("no/such/folder/review.csv")));
    ASSERT_TRUE(failed.wait(10000));
    EXPECT_TRUE(review.errorBar().message().contains(QStringLiteral("review.csv")));
}

TEST_F(ReviewWindowTest, WritesAPdfOfTheFiguresShowing)
{
    ReviewWindow& review = openReview();
    const QString path = dir.filePath(QStringLiteral("review.pdf"));
    review.exportPdf(path);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << review.errorBar().message().toStdString();
    EXPECT_TRUE(file.read(5).startsWith("%PDF-"));
    EXPECT_GT(file.size(), 10000);
}

TEST_F(ReviewWindowTest, AFailedExportKeepsThePreviousFileAndSaysWhy)
{
    ReviewWindow& review = openReview();
    // SQLite's shared memory (32 KiB) fits, the exports do not.
    constexpr rlim_t room = 40 * 1024;
    auto contents = [](const QString& path) {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    };
    auto onlyFile = [this](const QString& name) {
        return QDir(dir.path()).entryList({name + u'*'}) == QStringList{name};
    };
    // All the sample, for exports larger than the room.
    QSignalSpy shown(&review, &ReviewWindow::reportShown);
    review.setPeriod(review.report()->request.to.addDays(-300), review.report()->request.to);
    review.refresh();
    ASSERT_TRUE(shown.wait(10000));

    const QString pdf = dir.filePath(QStringLiteral("review.pdf"));
    review.exportPdf(pdf);
    const QByteArray previousPdf = contents(pdf);
    ASSERT_GT(previousPdf.size(), qsizetype(room)) << review.errorBar().message().toStdString();
    {
        const FileSizeLimit full(room);
        review.exportPdf(pdf);
    }
    EXPECT_FALSE(review.errorBar().isHidden());
    EXPECT_EQ(review.errorBar().message(),
              QStringLiteral("Cannot write %1: File too large. Choose another folder or file name.")
                  .arg(pdf));
    EXPECT_FALSE(review.statusText().startsWith(QStringLiteral("Wrote")));
    EXPECT_EQ(contents(pdf), previousPdf) << "the previous PDF is gone";
    EXPECT_TRUE(onlyFile(QStringLiteral("review.pdf")));

    const QString csv = dir.filePath(QStringLiteral("review.csv"));
    QSignalSpy exported(&review, &ReviewWindow::exportFinished);
    review.exportCsv(csv);
    ASSERT_TRUE(exported.wait(10000)) << review.errorBar().message().toStdString();
    const QByteArray previousCsv = contents(csv);
    ASSERT_GT(previousCsv.size(), qsizetype(room));
    QSignalSpy failed(&review.runner(), &ReviewRunner::failed);
    {
        const FileSizeLimit full(room);
        review.exportCsv(csv);
        ASSERT_TRUE(failed.wait(10000));
    }
    EXPECT_EQ(failed[0][0].toString(), QStringLiteral("Cannot write %1: File too large.").arg(csv));
    EXPECT_EQ(contents(csv), previousCsv);
    EXPECT_TRUE(onlyFile(QStringLiteral("review.csv")));
}

TEST_F(ReviewWindowTest, APeriodOfMoreThanAYearIsRefused)
{
    ReviewWindow& review = openReview();
    QSignalSpy failed(&review.runner(), &ReviewRunner::failed);
    review.setPeriod(QDate(2020, 1, 1), QDate(2026, 1, 1));
    review.refresh();
    ASSERT_TRUE(failed.wait(10000));
    EXPECT_TRUE(review.errorBar().message().startsWith(
        QStringLiteral("A report covers at most 366 days; 2020-01-01 to 2026-01-01")))
        << review.errorBar().message().toStdString();
}

TEST_F(ReviewWindowTest, CancelStopsTheComputation)
{
    ReviewWindow& review = openReview();
    QSignalSpy shown(&review, &ReviewWindow::reportShown);
    QSignalSpy cancelled(&review.runner(), &ReviewRunner::cancelled);
    review.refresh();
    EXPECT_TRUE(review.runner().isBusy());
    review.runner().cancel();
    EXPECT_EQ(cancelled.size(), 1);
    EXPECT_FALSE(review.runner().isBusy());
    EXPECT_FALSE(shown.wait(1500)) << "a cancelled report is never shown";
    EXPECT_EQ(review.statusText(), QStringLiteral("Cancelled."));
}

TEST_F(ReviewWindowTest, BusinessHoursAreSetInTheWorkspaceAndRefusedWhenUnreadable)
{
    openReview();
    ReviewSettingsDialog dialog(workspace().settings());
    dialog.zone().setCurrentText(QStringLiteral("Europe/Berlin"));
    dialog.hours().setText(QStringLiteral("mon-fri 9-17"));
    dialog.accept();
    EXPECT_FALSE(dialog.error().isEmpty());
    EXPECT_EQ(dialog.result(), QDialog::Rejected);
    EXPECT_TRUE(workspace().settings().businessHours().value().isEmpty()) << "nothing saved";

    dialog.hours().setText(QStringLiteral("mon-fri 09:00-17:00"));
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Accepted) << dialog.error().toStdString();
    EXPECT_EQ(workspace().settings().timeZone().value(), QStringLiteral("Europe/Berlin"));
    EXPECT_EQ(workspace().settings().businessHours().value(),
              QStringLiteral("mon-fri 09:00-17:00"));
    EXPECT_EQ(ReportSettings::read(workspace().settings()).value().zone.id(), "Europe/Berlin");
}

TEST_F(ReviewWindowTest, SettingsThatCannotBeReadAreNotOfferedForOverwriting)
{
    const QString path = dir.filePath(QStringLiteral("damaged-settings.hearken"));
    {
        auto ws = openWorkspace(path);
        ASSERT_TRUE(ws);
        ASSERT_TRUE(ws->settings().setBusinessHours(QStringLiteral("mon-fri 09:00-17:00")));
    }
    damageRootsOf(path, QStringLiteral("settings"));
    auto ws = openWorkspace(path);
    ASSERT_TRUE(ws);
    ReviewSettingsDialog dialog(ws->settings());
    EXPECT_TRUE(dialog.error().contains(u"is damaged")) << dialog.error().toStdString();
    auto* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    ASSERT_TRUE(ok);
    EXPECT_FALSE(ok->isEnabled());
}
