// SPDX-License-Identifier: GPL-3.0-or-later
#include "inbox/hand_over_dialog.h"
#include "report/report_builder.h"
#include "report/report_text.h"
#include "review/review_window.h"
#include "review/team_section.h"
#include "shell/info_bar.h"
#include "store/report_repository.h"
#include "window_fixture.h"

#include <QAction>
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
    // `count` recent items, which Sam assigned to Quinn.
    QList<qint64> quinnsItems(int count)
    {
        const QList<qint64> ids = recentItems(count);
        EXPECT_TRUE(QueueActions(workspace().queue(), u"Sam"_qs, [this] {
                        return now;
                    }).assign(ids, teammate(u"Quinn"_qs), u"Quinn"_qs));
        return ids;
    }
    // Hands the open items of the chosen rows of what waits on whom to `to` through the
    // Review's dialog; whether the Review showed its figures again after.
    static bool handOver(ReviewWindow& review, const QString& to, const QString& note)
    {
        QSignalSpy shown(&review, &ReviewWindow::reportShown);
        review.team().handOverButton().click();
        auto* dialog = review.findChild<HandOverDialog*>();
        if (!dialog)
            return false;
        dialog->people().setCurrentIndex(dialog->people().findText(to));
        dialog->note().setPlainText(note);
        dialog->accept();
        return shown.wait(10000);
    }
};

} // namespace

TEST_F(ReviewTeamTest, HandingOverFromTheReviewMovesThePersonsOpenItemsAndTheHistorySaysSo)
{
    showSample();
    const qint64 rowan = teammate(u"Rowan"_qs);
    const QList<qint64> quinns = quinnsItems(3);
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

    ASSERT_TRUE(handOver(review, u"Rowan"_qs, u"Quinn is away this week."_qs));

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

TEST_F(ReviewTeamTest, HandingOverFromTheReviewIsUndoneAndRedoneLikeTheQueuesActions)
{
    showSample();
    const qint64 quinn = teammate(u"Quinn"_qs);
    const qint64 rowan = teammate(u"Rowan"_qs);
    const QList<qint64> quinns = quinnsItems(2);
    ReviewWindow& review = openReview();
    TeamSection& team = review.team();
    team.waiting().selectRow(rowOf(team.waiting(), u"Quinn"_qs));
    ASSERT_TRUE(handOver(review, u"Rowan"_qs, u"Back on Monday."_qs));
    ASSERT_EQ(stateOf(quinns[0]).assigneeId, rowan);
    EXPECT_TRUE(window->actions().undo->text().contains(u"Hand over to Rowan"))
        << window->actions().undo->text().toStdString();

    // Undone from the Review's own keys: the items are Quinn's again, with no line in their
    // history, and the Review says so.
    const auto actions = review.actions();
    const auto undo = std::find_if(actions.cbegin(), actions.cend(), [](const QAction* action) {
        return action->shortcut() == QKeySequence(QKeySequence::Undo);
    });
    ASSERT_NE(undo, actions.cend());
    QSignalSpy shown(&review, &ReviewWindow::reportShown);
    (*undo)->trigger();
    ASSERT_TRUE(shown.wait(10000));
    for (qint64 id : quinns) {
        EXPECT_EQ(stateOf(id).assigneeId, quinn);
        EXPECT_NE(workspace().posts().events(id).value().last().kind, u"handed-over");
    }
    const int row = rowOf(team.waiting(), u"Quinn"_qs);
    ASSERT_GE(row, 0);
    EXPECT_EQ(team.waiting().item(row, 1)->text(), u"2");

    // Redone from the main window, as any action on the queue.
    shown.clear();
    window->actions().redo->trigger();
    ASSERT_TRUE(shown.wait(10000));
    for (qint64 id : quinns)
        EXPECT_EQ(stateOf(id).assigneeId, rowan);
    EXPECT_EQ(rowOf(team.waiting(), u"Quinn"_qs), -1);
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
