// SPDX-License-Identifier: GPL-3.0-or-later
// The window in German, the language with the longest words Hearken speaks: the views every
// workspace starts with have German names, and no button or figure is cut short.
#include "compose/composer.h"
#include "compose/reply_column.h"
#include "review/review_sections.h"
#include "shell/sidebar_model.h"
#include "window_fixture.h"

#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTranslator>

#include <algorithm>

using namespace hearken;
using namespace hearken::testing;

namespace {

class GermanWindowTest : public WindowTest {
protected:
    void SetUp() override
    {
        WindowTest::SetUp();
        ASSERT_TRUE(german.load(QLocale(QLocale::German), QStringLiteral("hearken"),
                                QStringLiteral("_"), QStringLiteral(":/i18n")));
        ASSERT_TRUE(QCoreApplication::installTranslator(&german));
    }
    void TearDown() override
    {
        WindowTest::TearDown();
        QCoreApplication::removeTranslator(&german);
    }

    QStringList sidebarViews()
    {
        const SidebarModel& sidebar = inbox().sidebarModel();
        const QModelIndex views = sidebar.index(SidebarModel::Views, 0);
        QStringList names;
        for (int row = 0; row < sidebar.rowCount(views); ++row)
            names << sidebar.index(row, 0, views).data().toString();
        return names;
    }

    QTranslator german;
};

} // namespace

TEST_F(GermanWindowTest, TheShippedViewsHaveGermanNamesAndAPersonsOwnViewKeepsItsName)
{
    showSample();
    ASSERT_TRUE(workspace().savedViews().save(u"Coffee complaints"_qs, QueueFilter{}));
    QTRY_COMPARE(sidebarViews().size(), 9);
    const QStringList names = sidebarViews();
    EXPECT_EQ(names.first(), u"Braucht Aufmerksamkeit"_qs);
    EXPECT_TRUE(names.contains(u"Erledigt"_qs));
    EXPECT_EQ(names.last(), u"Coffee complaints"_qs);
    EXPECT_EQ(window->viewActions().first()->text(), u"Braucht Aufmerksamkeit"_qs);
    // The workspace keeps the English name, which every desk of a team shares.
    EXPECT_EQ(workspace().savedViews().views()->first().name, u"Needs attention"_qs);
}

TEST_F(GermanWindowTest, TheComposersButtonsAreWhole)
{
    showSample();
    QTest::qWait(20);
    Composer& composer = inbox().replyColumn().composer();
    int shown = 0;
    for (const QPushButton* button : composer.findChildren<QPushButton*>()) {
        if (!button->isVisible())
            continue;
        ++shown;
        EXPECT_GE(button->width(), button->sizeHint().width()) << button->text().toStdString();
        const QRect inComposer(button->mapTo(&composer, QPoint(0, 0)), button->size());
        EXPECT_TRUE(composer.rect().contains(inComposer)) << button->text().toStdString();
    }
    EXPECT_GE(shown, 3);
}

TEST_F(GermanWindowTest, TheReviewsFiguresAreWhole)
{
    showSample();
    ReviewWindow& review = openReview();
    QTest::qWait(20);
    const auto labels = review.headline().findChildren<QLabel*>();
    ASSERT_FALSE(labels.isEmpty());
    for (const QLabel* label : labels) {
        const std::string text = label->text().toStdString();
        if (label->wordWrap())
            EXPECT_GE(label->height(), label->heightForWidth(label->width())) << text;
        else
            EXPECT_GE(label->width(), label->sizeHint().width()) << text;
    }
}

TEST_F(GermanWindowTest, SavingUnderAShippedViewsGermanNameReplacesThatView)
{
    showSample();
    QueueFilter praise;
    praise.tone = Tone::Praise;
    inbox().filterBar().setFilter(praise);
    window->actions().saveView->trigger();
    answerPrompt(u"Erledigt"_qs);
    const auto views = workspace().savedViews().views();
    ASSERT_TRUE(views);
    EXPECT_EQ(views->size(), 8);
    const auto done = std::find_if(views->begin(), views->end(),
                                   [](const SavedView& view) { return view.name == u"Done"_qs; });
    ASSERT_NE(done, views->end());
    EXPECT_EQ(done->filter, praise);
}
