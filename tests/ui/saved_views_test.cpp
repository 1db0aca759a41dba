// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/sidebar.h"
#include "shell/sidebar_model.h"
#include "window_fixture.h"

#include <QComboBox>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeView>

#include <gtest/gtest.h>

using namespace hearken;
using namespace hearken::testing;

namespace {

class SavedViews : public WindowTest {
protected:
    void SetUp() override
    {
        WindowTest::SetUp();
        showSample();
    }

    qint64 storeCount(const QueueFilter& filter) { return storeOrder(workspace(), filter).size(); }

    bool sidebarCountsAreRight()
    {
        SidebarModel& sidebar = inbox().sidebarModel();
        for (auto group : {SidebarModel::Views, SidebarModel::Accounts}) {
            const QModelIndex parent = sidebar.groupIndex(group);
            for (int row = 0; row < sidebar.rowCount(parent); ++row) {
                const QModelIndex leaf = sidebar.index(row, 0, parent);
                const QVariant count = leaf.data(CountRole);
                if (!count.isValid() || count.toLongLong() != storeCount(*sidebar.filterAt(leaf)))
                    return false;
            }
        }
        return true;
    }

    QModelIndex sidebarRow(const QString& name)
    {
        SidebarModel& sidebar = inbox().sidebarModel();
        const QModelIndex views = sidebar.groupIndex(SidebarModel::Views);
        for (int row = 0; row < sidebar.rowCount(views); ++row) {
            if (sidebar.index(row, 0, views).data().toString() == name)
                return sidebar.index(row, 0, views);
        }
        return {};
    }
};

} // namespace

TEST_F(SavedViews, ChoosingAViewAppliesItsFilterAndItsCountIsRight)
{
    const QModelIndex criticism = sidebarRow(QStringLiteral("Unanswered criticism"));
    ASSERT_TRUE(criticism.isValid());
    QTreeView* tree = inbox().sidebar().tree();
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(criticism).center());

    QueueFilter expected;
    expected.flag = Flag::UnansweredCriticism;
    EXPECT_EQ(model().filter(), expected);
    EXPECT_EQ(inbox().filterBar().filter(), expected);
    fetchAll(model());
    EXPECT_EQ(model().rowCount(), storeCount(expected));
    ASSERT_TRUE(QTest::qWaitFor([&] { return sidebarCountsAreRight(); }, 5000));
    EXPECT_EQ(criticism.data(CountRole).toLongLong(), storeCount(expected));
    ASSERT_TRUE(QTest::qWaitFor([&] { return inbox().viewCount().has_value(); }, 5000));
    EXPECT_EQ(*inbox().viewCount(), storeCount(expected));
    EXPECT_TRUE(window->statusText().startsWith(u"Unanswered criticism — "));
}

TEST_F(SavedViews, ControlDigitsChooseTheSavedViews)
{
    ASSERT_GE(window->viewActions().size(), 8);
    press(Qt::Key_6, Qt::ControlModifier);
    EXPECT_EQ(model().filter().states, QList<ItemState>{ItemState::Snoozed});
    press(Qt::Key_7, Qt::ControlModifier);
    EXPECT_EQ(model().filter().states, QList<ItemState>{ItemState::Done});
    EXPECT_EQ(inbox().viewName(), QStringLiteral("Done"));
    press(Qt::Key_1, Qt::ControlModifier);
    EXPECT_EQ(model().filter(), QueueFilter());
}

TEST_F(SavedViews, CountsFollowTheTriage)
{
    ASSERT_TRUE(QTest::qWaitFor([&] { return sidebarCountsAreRight(); }, 5000));
    const QModelIndex done = sidebarRow(QStringLiteral("Done"));
    const qint64 before = done.data(CountRole).toLongLong();
    press('e');
    press('e');
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return done.data(CountRole).toLongLong() == before + 2; }, 5000));
    EXPECT_TRUE(sidebarCountsAreRight());
}

TEST_F(SavedViews, TheFiltersComposeIntoOneFilter)
{
    FilterBar& bar = inbox().filterBar();
    auto choose = [&](const QString& name, const QString& text) {
        for (auto* combo : bar.findChildren<QComboBox*>()) {
            if (combo->accessibleName() != name)
                continue;
            const int index = combo->findText(text);
            ASSERT_GE(index, 0) << text.toStdString();
            combo->setCurrentIndex(index);
            Q_EMIT combo->activated(index);
            return;
        }
        FAIL() << name.toStdString();
    };
    choose(QStringLiteral("Tone"), QStringLiteral("Praise"));
    choose(QStringLiteral("Assignee"), QStringLiteral("Unassigned"));
    choose(QStringLiteral("Network"), QStringLiteral("Mastodon"));

    QueueFilter expected;
    expected.tone = Tone::Praise;
    expected.assigneeId = 0;
    expected.network = QStringLiteral("mastodon");
    EXPECT_EQ(model().filter(), expected);
    fetchAll(model());
    EXPECT_EQ(model().rowCount(), storeCount(expected));
    // No saved view shows exactly this, so none is highlighted.
    EXPECT_FALSE(inbox().sidebar().tree()->selectionModel()->hasSelection());
    EXPECT_TRUE(window->statusText().startsWith(u"Filtered queue"));

    choose(QStringLiteral("Assignee"), QStringLiteral("Assigned to me"));
    EXPECT_EQ(model().filter().assigneeId, window->session()->me());
}

TEST_F(SavedViews, SaveRenameAndDeleteAView)
{
    QueueFilter praise;
    praise.tone = Tone::Praise;
    inbox().filterBar().setFilter(praise);
    window->actions().saveView->trigger();
    answerPrompt(QStringLiteral("Kind words"));

    QModelIndex saved = sidebarRow(QStringLiteral("Kind words"));
    ASSERT_TRUE(saved.isValid());
    EXPECT_EQ(inbox().sidebarModel().filterAt(saved), praise);
    EXPECT_TRUE(inbox().sidebar().tree()->selectionModel()->isSelected(saved));
    EXPECT_EQ(window->viewActions().last()->text(), QStringLiteral("Kind words"));

    inbox().sidebar().renameView(saved);
    answerPrompt(QStringLiteral("Thank these"));
    saved = sidebarRow(QStringLiteral("Thank these"));
    ASSERT_TRUE(saved.isValid());

    inbox().sidebar().deleteView(saved);
    auto* confirm = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
    ASSERT_TRUE(confirm);
    for (QAbstractButton* button : confirm->buttons()) {
        if (confirm->buttonRole(button) == QMessageBox::DestructiveRole)
            button->click();
    }
    EXPECT_FALSE(sidebarRow(QStringLiteral("Thank these")).isValid());
    EXPECT_EQ(inbox().sidebarModel().views().size(), 8);
}

TEST_F(SavedViews, AnAccountInTheSidebarShowsItsOpenItems)
{
    SidebarModel& sidebar = inbox().sidebarModel();
    const QModelIndex account = sidebar.index(0, 0, sidebar.groupIndex(SidebarModel::Accounts));
    inbox().sidebar().tree()->setCurrentIndex(account);
    EXPECT_EQ(model().filter().accountId, account.data(AccountIdRole).toLongLong());
    fetchAll(model());
    EXPECT_EQ(model().rowCount(), storeCount(*sidebar.filterAt(account)));
}
