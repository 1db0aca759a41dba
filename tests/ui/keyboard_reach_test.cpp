// SPDX-License-Identifier: GPL-3.0-or-later
// Everything a person can do with the mouse they can reach with the keyboard, and a screen
// reader has a name for every control it lands on.
#include "inbox/thread_pane.h"
#include "review/review_window.h"
#include "window_fixture.h"

#include <QAccessible>
#include <QChartView>
#include <QClipboard>
#include <QInputDialog>
#include <QSignalSpy>

using namespace hearken;
using namespace hearken::testing;

namespace {

class KeyboardReach : public WindowTest {
protected:
    // The widgets Tab visits from `start`, once round.
    static QList<QWidget*> tabStops(QWidget* start)
    {
        QList<QWidget*> stops;
        start->setFocus(Qt::TabFocusReason);
        for (int i = 0; i < 200; ++i) {
            QWidget* focused = QApplication::focusWidget();
            if (!focused || stops.contains(focused))
                break;
            stops.append(focused);
            QTest::keyClick(focused, Qt::Key_Tab);
        }
        return stops;
    }

    static QString accessibleName(QWidget* widget)
    {
        QAccessibleInterface* face = QAccessible::queryAccessibleInterface(widget);
        return face ? face->text(QAccessible::Name).trimmed() : QString();
    }

    static void expectEveryStopNamed(const QList<QWidget*>& stops)
    {
        ASSERT_GT(stops.size(), 3);
        for (QWidget* stop : stops)
            EXPECT_FALSE(accessibleName(stop).isEmpty())
                << stop->metaObject()->className() << " in "
                << (stop->parentWidget() ? stop->parentWidget()->metaObject()->className() : "")
                << " " << stop->window()->objectName().toStdString();
    }

    ReviewWindow& openActiveReview()
    {
        ReviewWindow& review = openReview();
        EXPECT_TRUE(QTest::qWaitForWindowActive(&review));
        return review;
    }
};

} // namespace

TEST_F(KeyboardReach, TabReachesTheThreadTextWhichCanBeSelectedAndCopied)
{
    showSample();
    const QList<QWidget*> stops = tabStops(&table());
    ThreadPane& thread = inbox().threadPane();
    ASSERT_TRUE(stops.contains(&thread));

    thread.setFocus(Qt::TabFocusReason);
    QApplication::clipboard()->clear();
    QTest::keyClick(&thread, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(&thread, Qt::Key_C, Qt::ControlModifier);
    const QString copied = QApplication::clipboard()->text();
    const QString excerpt = model().itemAt(table().currentIndex().row()).text.left(20);
    EXPECT_TRUE(copied.contains(excerpt)) << copied.left(200).toStdString();
}

TEST_F(KeyboardReach, EveryTabStopOfTheMainWindowAndTheReviewHasAName)
{
    showSample();
    expectEveryStopNamed(tabStops(&table()));
    ReviewWindow& review = openActiveReview();
    expectEveryStopNamed(tabStops(review.focusWidget() ? review.focusWidget() : &review));
}

TEST_F(KeyboardReach, EachChartOfTheReviewSaysItsFiguresInWords)
{
    showSample();
    ReviewWindow& review = openActiveReview();
    ASSERT_TRUE(review.report());
    const Trends& trends = review.report()->trends;
    ASSERT_FALSE(trends.current.isEmpty());
    ASSERT_EQ(review.charts().size(), 3);
    for (QChartView* chart : review.charts()) {
        EXPECT_FALSE(accessibleName(chart).isEmpty());
        EXPECT_TRUE(chart->accessibleDescription().contains(u"This period"))
            << chart->accessibleDescription().toStdString();
    }
    const QString received = review.charts()[0]->accessibleDescription();
    for (const TrendPoint& point : trends.current)
        EXPECT_TRUE(received.contains(QLocale().toString(point.start, QLocale::ShortFormat) +
                                      u": "_qs + QString::number(point.received)))
            << received.toStdString();
}

TEST_F(KeyboardReach, TheReviewClosesWithEscapeAndWithControlW)
{
    showSample();
    for (const QKeySequence& keys : {QKeySequence(Qt::Key_Escape), QKeySequence(u"Ctrl+W"_qs)}) {
        ReviewWindow& review = openActiveReview();
        QPointer<ReviewWindow> open(&review);
        QTest::keySequence(&review, keys);
        EXPECT_TRUE(QTest::qWaitFor([&] { return open.isNull(); }, 2000))
            << keys.toString().toStdString();
    }
}

TEST_F(KeyboardReach, TaggingATopicCanBeUndoneAndRedone)
{
    showSample();
    const qint64 id = currentId();
    ASSERT_GT(id, 0);
    const auto topicsOfItem = [&] {
        QStringList names;
        for (const Topic& topic : workspace().topics().topicsOf(id).value_or(QList<Topic>()))
            names << topic.name;
        return names;
    };
    window->actions().tagTopic->trigger();
    auto* ask = window->findChild<QInputDialog*>(u"topicDialog"_qs);
    ASSERT_TRUE(ask);
    ask->setTextValue(u"Oat milk in Bergen"_qs);
    ask->accept();
    EXPECT_EQ(topicsOfItem(), QStringList{u"Oat milk in Bergen"_qs});
    EXPECT_TRUE(window->actions().undo->isEnabled());
    EXPECT_TRUE(window->actions().undo->text().contains(u"Oat milk in Bergen"));

    window->actions().undo->trigger();
    EXPECT_TRUE(topicsOfItem().isEmpty());
    window->actions().redo->trigger();
    EXPECT_EQ(topicsOfItem(), QStringList{u"Oat milk in Bergen"_qs});
}
