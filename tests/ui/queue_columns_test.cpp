// SPDX-License-Identifier: GPL-3.0-or-later
// The queue's columns: which are shown is the person's choice, from the header's context menu
// or View > Columns, and the window keeps it; the post is always shown.
#include "inbox/item_roles.h"
#include "window_fixture.h"

#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>

using namespace hearken;
using namespace hearken::testing;

namespace {

class QueueColumnsTest : public WindowTest {
protected:
    // The choice named `label` in the menu the header and View > Columns show.
    QAction* choice(QMenu& menu, const QString& label)
    {
        table().addColumnChoices(menu);
        for (QAction* action : menu.actions()) {
            if (action->text() == label)
                return action;
        }
        ADD_FAILURE() << "no column choice " << label.toStdString();
        return nullptr;
    }

    bool shown(QueueColumn column) { return !table().isColumnHidden(int(column)); }
};

} // namespace

TEST_F(QueueColumnsTest, EveryColumnButThePostIsAChoiceAndTheNetworkStartsHidden)
{
    showSample();
    QMenu menu;
    table().addColumnChoices(menu);
    QStringList choices;
    for (const QAction* action : menu.actions()) {
        if (action->isCheckable())
            choices << action->text();
    }
    EXPECT_EQ(choices, (QStringList{u"Network"_qs, u"Account"_qs, u"Author"_qs, u"Tone"_qs,
                                    u"Needs"_qs, u"Assignee"_qs, u"Age"_qs}));
    EXPECT_FALSE(shown(QueueColumn::Network));
    EXPECT_FALSE(choice(menu, u"Network"_qs)->isChecked());
    EXPECT_TRUE(choice(menu, u"Account"_qs)->isChecked());
    EXPECT_TRUE(shown(QueueColumn::Excerpt));
    // The account carries the network's mark and says the network when pointed at.
    const QModelIndex account = model().index(0, int(QueueColumn::Account));
    EXPECT_FALSE(account.data(Qt::DecorationRole).value<QIcon>().isNull());
    const QString network = model().index(0, int(QueueColumn::Network)).data().toString();
    EXPECT_TRUE(account.data(Qt::ToolTipRole).toString().endsWith(u" on "_qs + network))
        << account.data(Qt::ToolTipRole).toString().toStdString();
}

TEST_F(QueueColumnsTest, AHiddenColumnStaysHiddenWhenTheWindowOpensAgain)
{
    showSample();
    QMenu menu;
    choice(menu, u"Account"_qs)->trigger();
    EXPECT_FALSE(shown(QueueColumn::Account));
    choice(menu, u"Network"_qs)->trigger();
    EXPECT_TRUE(shown(QueueColumn::Network));
    table().horizontalHeader()->resizeSection(int(QueueColumn::Author), 211);
    window->close();
    window.reset();

    showSample();
    EXPECT_FALSE(shown(QueueColumn::Account));
    EXPECT_TRUE(shown(QueueColumn::Network));
    EXPECT_TRUE(shown(QueueColumn::Excerpt));
    window->resize(1600, 1000);
    QTest::qWait(20);
    EXPECT_EQ(table().columnWidth(int(QueueColumn::Author)), 211);
}

TEST_F(QueueColumnsTest, RestoringTheDefaultsShowsEveryColumnButTheNetwork)
{
    showSample();
    QMenu menu;
    choice(menu, u"Tone"_qs)->trigger();
    choice(menu, u"Network"_qs)->trigger();
    ASSERT_FALSE(shown(QueueColumn::Tone));
    table().addColumnChoices(menu);
    QAction* restore = menu.actions().last();
    EXPECT_EQ(restore->text(), u"Restore default columns"_qs);
    restore->trigger();
    EXPECT_TRUE(shown(QueueColumn::Tone));
    EXPECT_FALSE(shown(QueueColumn::Network));
}

TEST_F(QueueColumnsTest, TheWindowMenuOffersTheColumnsOnceAWorkspaceIsOpen)
{
    showWindow();
    QMenu* columns = nullptr;
    for (QAction* action : window->menuBar()->actions()) {
        for (QAction* entry : action->menu()->actions()) {
            if (entry->menu() && entry->text() == u"&Columns"_qs)
                columns = entry->menu();
        }
    }
    ASSERT_TRUE(columns);
    EXPECT_FALSE(columns->menuAction()->isEnabled());
    ASSERT_TRUE(window->openSampleWorkspace());
    EXPECT_TRUE(columns->menuAction()->isEnabled());
    Q_EMIT columns->aboutToShow();
    EXPECT_EQ(columns->actions().size(), queueColumnCount - 1 + 2); // a separator, the reset
}

TEST_F(QueueColumnsTest, ShiftDownExtendsTheSelectionWhicheverColumnsAreHidden)
{
    showSample();
    // The person clicked the author of the first row, then hid the author column.
    const QModelIndex author = model().index(0, int(QueueColumn::Author));
    table().selectionModel()->setCurrentIndex(author, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    QMenu menu;
    choice(menu, u"Author"_qs)->trigger();
    choice(menu, u"Account"_qs)->trigger();
    ASSERT_FALSE(shown(QueueColumn::Author));
    table().setFocus();
    const QList<qint64> chosen = firstRows(3);
    press(Qt::Key_Down, Qt::ShiftModifier);
    press(Qt::Key_Down, Qt::ShiftModifier);
    EXPECT_EQ(inbox().triage().targets(), chosen);
}
