// SPDX-License-Identifier: GPL-3.0-or-later
#include "inbox/hand_over_dialog.h"
#include "report/report_builder.h"
#include "report/report_text.h"
#include "review/review_window.h"
#include "review/team_section.h"
#include "shell/info_bar.h"
#include "store/report_repository.h"
#include "window_fixture.h"

#include <QComboBox>
#include <QFile>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>

using namespace hearken;
using namespace hearken::testing;

namespace {

class ReviewTeamTest : public WindowTest {
protected:
    // The row of what waits on `name`, -1 when there is none.
    static int rowOf(const QTableWidget& table, const QString& name)
    {
        for (int row = 0; row < table.rowCount(); ++row) {
            if (table.item(row, 0)->text() == name)
                return row;
        }
        return -1;
    }
    qint64 teammate(const QString& name) { return workspace().accounts().teammate(name).value(); }
    // Open items that arrived within the Review's first period (the last two weeks).
    QList<qint64> recentItems(int count)
    {
        QList<qint64> ids;
        const auto page = workspace().queue().page(QueueQuery({}, now, {}), std::nullopt, 300);
        for (const QueueItem& item : page.value()) {
            if (item.facts.receivedAt >= now - 10 * 24 * 3600 && ids.size() < count)
                ids << item.postId;
        }
        EXPECT_EQ(ids.size(), count);
        return ids;
    }
};

} // namespace

TEST_F(ReviewTeamTest, HandingOverFromTheReviewMovesThePersonsOpenItemsAndTheHistorySaysSo)
{
    showSample();
    const qint64 quinn = teammate(u"Quinn"_qs);
    const qint64 rowan = teammate(u"Rowan"_qs);
    const QList<qint64> quinns = recentItems(3);
    ASSERT_TRUE(QueueActions(workspace().queue(), u"Sam"_qs, [this] {
                    return now;
                }).assign(quinns, quinn, u"Quinn"_qs));
    ReviewWindow& review = openReview();
    TeamSection& team = review.team();
    EXPECT_EQ(team.people().isVisible() ? team.people().rowCount() : 0,
              review.report()->people.size());
    const int row = rowOf(team.waiting(), u"Quinn"_qs);
    ASSERT_GE(row, 0);
    EXPECT_EQ(team.waiting().item(row, 1)->text(), u"3");
    EXPECT_FALSE(team.handOverButton().isEnabled()) << "nobody chosen yet";
    team.waiting().selectRow(row);
    ASSERT_TRUE(team.handOverButton().isEnabled());

    QSignalSpy shown(&review, &ReviewWindow::reportShown);
    team.handOverButton().click();
    auto* dialog = review.findChild<HandOverDialog*>();
    ASSERT_TRUE(dialog);
    dialog->people().setCurrentIndex(dialog->people().findText(u"Rowan"_qs));
    dialog->note().setPlainText(u"Quinn is away this week."_qs);
    dialog->accept();
    ASSERT_TRUE(shown.wait(10000));

    for (qint64 id : quinns) {
        EXPECT_EQ(stateOf(id).assigneeId, rowan);
        const Event last = workspace().posts().events(id).value().last();
        EXPECT_EQ(last.actor, u"Sam");
        EXPECT_EQ(last.kind, u"handed-over");
        EXPECT_EQ(last.detail, u"Rowan\nQuinn is away this week.");
    }
    EXPECT_EQ(rowOf(team.waiting(), u"Quinn"_qs), -1);
    const int rowans = rowOf(team.waiting(), u"Rowan"_qs);
    ASSERT_GE(rowans, 0);
    EXPECT_EQ(team.waiting().item(rowans, 1)->text(), u"3");
    // The handing over is the person's figure too.
    const auto sams = std::find_if(review.report()->people.cbegin(), review.report()->people.cend(),
                                   [](const PersonRecord& p) { return p.name == u"Sam"; });
    ASSERT_NE(sams, review.report()->people.cend());
    EXPECT_EQ(sams->handedOver, 3);
}

TEST_F(ReviewTeamTest, AChangeElsewhereComputesTheFiguresAgainOnceItSettles)
{
    showSample();
    ReviewWindow& review = openReview();
    const qint64 quinn = teammate(u"Quinn"_qs);
    const qint64 first = recentItems(1).value(0);
    QSignalSpy shown(&review, &ReviewWindow::reportShown);
    ASSERT_TRUE(QueueActions(workspace().queue(), u"Sam"_qs, [this] {
                    return now;
                }).assign({first}, quinn, u"Quinn"_qs));
    ASSERT_TRUE(shown.wait(10000));
    const int row = rowOf(review.team().waiting(), u"Quinn"_qs);
    ASSERT_GE(row, 0);
    EXPECT_EQ(review.team().waiting().item(row, 1)->text(), u"1");
}

TEST_F(ReviewTeamTest, TheCsvExportHasTheTeamsFiguresBesideTheItems)
{
    showSample();
    const qint64 quinn = teammate(u"Quinn"_qs);
    const qint64 first = recentItems(1).value(0);
    ASSERT_TRUE(QueueActions(workspace().queue(), u"Sam"_qs, [this] {
                    return now;
                }).handOver({first}, quinn, u"Quinn"_qs, u"yours"_qs));
    ReviewWindow& review = openReview();
    ASSERT_FALSE(review.report()->people.isEmpty());
    QSignalSpy finished(&review, &ReviewWindow::exportFinished);
    review.exportCsv(dir.filePath(u"audit.csv"_qs));
    ASSERT_TRUE(finished.wait(10000)) << review.errorBar().message().toStdString();
    QFile file(dir.filePath(u"audit-people.csv"_qs));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u"\r\n"_qs);
    EXPECT_EQ(lines[0], u"person,answered,first_answer_median_seconds,first_answer_p90_seconds,"
                        "thanked,handed_over");
    EXPECT_EQ(lines.size() - 2, review.report()->people.size());
    EXPECT_TRUE(lines.filter(u"Sam,"_qs).value(0).endsWith(u",1"))
        << lines.join(u'|').toStdString();
    EXPECT_TRUE(review.statusText().contains(u"audit-people.csv"));
}
