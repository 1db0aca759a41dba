// SPDX-License-Identifier: GPL-3.0-or-later
// Every window fits the screen it opens on and stays whole at 1024×700. These tests run once per
// screen size (tests/ui/screens): the offscreen platform is given each screen in turn.
#include "compose/composer.h"
#include "compose/reply_column.h"
#include "inbox/item_roles.h"
#include "review/review_window.h"
#include "shell/sidebar.h"
#include "window_fixture.h"
#include "workflow/time_text.h"

#include <QComboBox>
#include <QHeaderView>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSplitter>

using namespace hearken;
using namespace hearken::testing;

namespace {

const QSize smallest(1024, 700);

class ScreenFitTest : public WindowTest {
protected:
    static QRect available(const QWidget& widget) { return widget.screen()->availableGeometry(); }

    // The button is drawn at least as wide as its text needs and inside the window.
    static void expectWhole(const QPushButton& button)
    {
        EXPECT_TRUE(button.isVisible()) << button.text().toStdString();
        EXPECT_GE(button.width(), button.minimumSizeHint().width()) << button.text().toStdString();
        const QRect inWindow(button.mapTo(button.window(), QPoint(0, 0)), button.size());
        EXPECT_TRUE(button.window()->rect().contains(inWindow)) << button.text().toStdString();
    }

    QPushButton* button(QWidget& parent, const QString& text)
    {
        for (QPushButton* candidate : parent.findChildren<QPushButton*>()) {
            if (QString shown = candidate->text();
                shown.replace(u"&&"_qs, u"\x1"_qs).remove(u'&').replace(u'\x1', u'&') == text)
                return candidate;
        }
        ADD_FAILURE() << "no button " << text.toStdString();
        return nullptr;
    }
};

} // namespace

TEST_F(ScreenFitTest, TheMainWindowOpensOnTheScreenAndWorksAtItsSmallestSize)
{
    showSample();
    EXPECT_TRUE(available(*window).contains(window->frameGeometry()))
        << window->frameGeometry().width() << "×" << window->frameGeometry().height();
    const QSize minimum = window->minimumSizeHint();
    EXPECT_LE(minimum.width(), smallest.width());
    EXPECT_LE(minimum.height(), smallest.height());

    window->resize(smallest);
    QTest::qWait(50);
    EXPECT_EQ(window->size(), smallest);
    QWidget& composer = inbox().replyColumn().composer();
    // The reply's audience (a Mastodon choice) is not cut short.
    for (int row = 0; row < model().rowCount(); ++row) {
        if (model().itemAt(row).network == u"mastodon") {
            inbox().openItem(model().itemAt(row).postId);
            break;
        }
    }
    QTest::qWait(20);
    for (QComboBox* choice : composer.findChildren<QComboBox*>()) {
        ASSERT_TRUE(choice->isVisible()) << choice->accessibleName().toStdString();
        EXPECT_GE(choice->width(), choice->minimumSizeHint().width())
            << choice->accessibleName().toStdString();
        if (choice->accessibleName() == u"Visibility") {
            EXPECT_GE(choice->width(), choice->sizeHint().width());
        }
    }
    for (const QString& text : {u"Thank"_qs, u"Send & done"_qs, u"Send"_qs}) {
        if (QPushButton* shown = button(composer, text))
            expectWhole(*shown);
    }
}

TEST_F(ScreenFitTest, TheAgeColumnFitsEveryAge)
{
    showSample();
    const int width = table().columnWidth(int(QueueColumn::Age));
    EXPECT_LE(table().fontMetrics().horizontalAdvance(ageText(19 * 60)) + 8, width);
    for (int row = 0; row < model().rowCount(); ++row) {
        const QString age = model().index(row, int(QueueColumn::Age)).data().toString();
        EXPECT_LE(table().fontMetrics().horizontalAdvance(age) + 8, width) << age.toStdString();
    }
}

TEST_F(ScreenFitTest, SwitchingViewsKeepsTheSidebarAndColumnWidths)
{
    showSample();
    window->resize(smallest);
    QTest::qWait(50);
    const QList<int> panes = inbox().splitter().sizes();
    QList<int> columns;
    for (int c = 0; c < table().horizontalHeader()->count(); ++c)
        columns << table().columnWidth(c);
    const QSize minimum = window->minimumSizeHint();
    for (int view = 0; view < window->viewActions().size(); ++view) {
        window->viewActions()[view]->trigger();
        QTest::qWait(20);
        EXPECT_EQ(inbox().splitter().sizes(), panes) << "view " << view;
        // The post takes what is left: it grows when a short view needs no scroll bar.
        for (int c = 0; c < columns.size(); ++c) {
            if (c != int(QueueColumn::Excerpt)) {
                EXPECT_EQ(table().columnWidth(c), columns[c]) << "view " << view << " column " << c;
            }
        }
        EXPECT_EQ(window->minimumSizeHint(), minimum) << "view " << view;
    }
}

TEST_F(ScreenFitTest, TheReviewOpensOnTheScreenAndKeepsItsSizeWhenItsNoteGrows)
{
    showSample();
    ReviewWindow& review = openReview();
    EXPECT_TRUE(available(review).contains(review.frameGeometry()))
        << review.frameGeometry().width() << "×" << review.frameGeometry().height();
    const QSize minimum = review.minimumSizeHint();
    EXPECT_LE(minimum.width(), smallest.width());
    EXPECT_LE(minimum.height(), smallest.height());

    review.resize(smallest.boundedTo(available(review).size()));
    QTest::qWait(20);
    const QSize before = review.size();
    const QString deep = dir.filePath(QString(u"a-rather-long-folder-name/"_qs).repeated(8));
    ASSERT_TRUE(QDir().mkpath(deep));
    QSignalSpy exported(&review, &ReviewWindow::exportFinished);
    review.exportPdf(deep + u"/review.pdf"_qs);
    ASSERT_EQ(exported.count(), 1) << review.statusText().toStdString();
    QTest::qWait(20);
    EXPECT_TRUE(review.statusText().contains(u"review.pdf"));
    EXPECT_EQ(review.width(), before.width());
    EXPECT_EQ(review.height(), before.height());
    expectWhole(*button(review, u"Export PDF…"_qs));
    expectWhole(*button(review, u"Export CSV…"_qs));
}

TEST_F(ScreenFitTest, TheReviewsFiguresAndChartsFitItsSmallestWidthWithoutScrollingSideways)
{
    showSample();
    ReviewWindow& review = openReview();
    review.resize(smallest.boundedTo(available(review).size()));
    QTest::qWait(50);
    QScrollArea* figures = nullptr;
    for (QScrollArea* area : review.findChildren<QScrollArea*>()) {
        if (area->accessibleName() == u"Figures")
            figures = area;
    }
    ASSERT_TRUE(figures);
    EXPECT_EQ(figures->horizontalScrollBar()->maximum(), 0)
        << "the figures are " << figures->widget()->width() << " px wide in a "
        << figures->viewport()->width() << " px view";
    const QRect view = figures->viewport()->rect();
    for (QWidget* part : figures->widget()->findChildren<QWidget*>()) {
        if (!part->isVisible() || part->parentWidget() == nullptr)
            continue;
        const QRect shown(part->mapTo(figures->viewport(), QPoint(0, 0)), part->size());
        EXPECT_LE(shown.right(), view.right())
            << part->metaObject()->className() << " " << part->objectName().toStdString() << " "
            << part->accessibleName().toStdString() << " ends at " << shown.right();
    }
}

TEST_F(ScreenFitTest, InANarrowWindowThePostKeepsAThirdOfTheTableAndTheColumnsGrowBackAfter)
{
    showSample();
    window->resize(available(*window).size());
    QTest::qWait(50);
    QList<int> roomy;
    for (int c = 0; c < queueColumnCount; ++c)
        roomy << table().columnWidth(c);

    window->resize(smallest);
    QTest::qWait(50);
    const int post = table().columnWidth(int(QueueColumn::Excerpt));
    // Give or take a pixel of rounding in each column's share.
    EXPECT_GE(post, table().viewport()->width() / 3 - queueColumnCount);
    // Nothing is pushed out of sight: the columns fit the table without scrolling.
    int total = 0;
    for (int c = 0; c < queueColumnCount; ++c)
        total += table().isColumnHidden(c) ? 0 : table().columnWidth(c);
    EXPECT_LE(total, table().viewport()->width());
    // The age is never cut short.
    EXPECT_EQ(table().columnWidth(int(QueueColumn::Age)), roomy[int(QueueColumn::Age)]);

    window->resize(available(*window).size());
    QTest::qWait(50);
    for (int c = 0; c < queueColumnCount; ++c)
        EXPECT_EQ(table().columnWidth(c), roomy[c]) << "column " << c;
}
