// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/appearance.h"
#include "window_fixture.h"

#include <QMenu>
#include <QMenuBar>
#include <QWindow>

#include <gtest/gtest.h>

using namespace hearken;

namespace {

class AppearanceTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        settings = std::make_unique<QSettings>(dir.filePath(QStringLiteral("settings.ini")),
                                               QSettings::IniFormat);
    }

    std::unique_ptr<Appearance> appearance()
    {
        return std::make_unique<Appearance>(*qApp, settings.get(),
                                            [this] { return desktopPrefersDark; });
    }

    static bool appShowsDark() { return isDark(QApplication::palette()); }

    QTemporaryDir dir;
    std::unique_ptr<QSettings> settings;
    std::optional<bool> desktopPrefersDark;
};

} // namespace

TEST_F(AppearanceTest, TheChoiceIsRememberedForTheUserAndAppliedAtStart)
{
    {
        auto first = appearance();
        EXPECT_EQ(first->choice(), AppearanceChoice::System);
        EXPECT_FALSE(appShowsDark());
        first->setChoice(AppearanceChoice::Dark);
        EXPECT_TRUE(appShowsDark());
        EXPECT_EQ(QApplication::palette().color(QPalette::Base),
                  darkPalette().color(QPalette::Base));
    }
    EXPECT_FALSE(appShowsDark()) << "the desktop's palette is given back";
    EXPECT_EQ(settings->value(QStringLiteral("appearance/palette")).toString(), u"dark");
    auto next = appearance();
    EXPECT_EQ(next->choice(), AppearanceChoice::Dark);
    EXPECT_TRUE(next->showsDark());
    EXPECT_TRUE(appShowsDark());
}

TEST_F(AppearanceTest, SystemFollowsTheDesktopWhenItsThemeChanges)
{
    auto followed = appearance();
    EXPECT_FALSE(appShowsDark());

    desktopPrefersDark = true;
    // Qt tells every window when the desktop's theme changed.
    QWidget window;
    window.show();
    QEvent themeChange(QEvent::ThemeChange);
    QCoreApplication::sendEvent(window.windowHandle(), &themeChange);
    EXPECT_TRUE(followed->showsDark());
    EXPECT_TRUE(appShowsDark());

    // A fixed choice no longer follows.
    followed->setChoice(AppearanceChoice::Light);
    QCoreApplication::sendEvent(window.windowHandle(), &themeChange);
    EXPECT_FALSE(followed->showsDark());
}

TEST_F(AppearanceTest, ADesktopThatSaysNothingIsReadFromItsPalette)
{
    const QPalette before = QApplication::palette();
    QApplication::setPalette(darkPalette());
    {
        auto followed = appearance();
        EXPECT_TRUE(followed->showsDark());
    }
    QApplication::setPalette(before);
}

TEST_F(AppearanceTest, TheMenuOffersThreeChoicesAndChecksTheOneInUse)
{
    auto chosen = appearance();
    QMenu menu;
    chosen->addChoices(menu);
    const QList<QAction*> actions = menu.actions();
    ASSERT_EQ(actions.size(), 3);
    EXPECT_TRUE(actions[0]->isChecked());
    actions[2]->trigger();
    EXPECT_EQ(chosen->choice(), AppearanceChoice::Dark);
    EXPECT_TRUE(actions[2]->isChecked());
    EXPECT_FALSE(actions[0]->isChecked());
    EXPECT_TRUE(appShowsDark());
    chosen->setChoice(AppearanceChoice::Light);
    EXPECT_TRUE(actions[1]->isChecked());
}

class AppearanceMenuTest : public hearken::testing::WindowTest {};

TEST_F(AppearanceMenuTest, TheViewMenuOffersTheAppearance)
{
    Appearance appearance(*qApp, settings.get(), [] { return std::optional<bool>(); });
    environment.appearance = &appearance;
    showWindow();
    QMenu* view = nullptr;
    for (QAction* action : window->menuBar()->actions()) {
        if (action->text() == u"&View")
            view = action->menu();
    }
    ASSERT_TRUE(view);
    QMenu* submenu = nullptr;
    for (QAction* action : view->actions()) {
        if (action->text() == u"&Appearance")
            submenu = action->menu();
    }
    ASSERT_TRUE(submenu);
    ASSERT_EQ(submenu->actions().size(), 3);
    submenu->actions()[2]->trigger();
    EXPECT_EQ(appearance.choice(), AppearanceChoice::Dark);
    EXPECT_TRUE(isDark(QApplication::palette()));
    window.reset();
}
