// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "composition/composition.h"
#include "gui/window_services.h"
#include "gui_test_support.h"
#include "inbox/filter_bar.h"
#include "inbox/inbox_page.h"
#include "inbox/queue_model.h"
#include "inbox/queue_table.h"
#include "inbox/triage_controller.h"
#include "review/review_window.h"
#include "session.h"
#include "shell/main_window.h"

#include <QApplication>
#include <QInputDialog>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

namespace hearken::testing {

// A main window over workspaces in a temporary folder, with its own settings file and a
// clock the test moves by hand.
class WindowTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        settings = std::make_unique<QSettings>(dir.filePath(QStringLiteral("settings.ini")),
                                               QSettings::IniFormat);
        environment.defaultWorkspacePath = dir.filePath(QStringLiteral("workspace.hearken"));
        environment.sampleWorkspacePath = dir.filePath(QStringLiteral("sample.hearken"));
        environment.sampleItems = 300;
        environment.actor = QStringLiteral("Sam");
        environment.clock = [this] { return now; };
        environment.settings = settings.get();
        environment.services = windowServices;
    }

    void TearDown() override
    {
        // Dialogs the test left open belong to the window; close them with it.
        window.reset();
    }

    void showWindow()
    {
        window = std::make_unique<MainWindow>(environment);
        window->show();
        window->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
    }

    void showSample()
    {
        showWindow();
        ASSERT_TRUE(window->openSampleWorkspace());
        ASSERT_TRUE(window->inbox());
    }

    // Opens the Review of what is open and waits for its first report to show.
    ReviewWindow& openReview()
    {
        EXPECT_TRUE(window->actions().review->isEnabled());
        window->actions().review->trigger();
        ReviewWindow* review = window->review();
        EXPECT_TRUE(review);
        QSignalSpy shown(review, &ReviewWindow::reportShown);
        EXPECT_TRUE(review->report() || shown.wait(10000));
        EXPECT_TRUE(QTest::qWaitForWindowExposed(review));
        return *review;
    }

    InboxPage& inbox() { return *window->inbox(); }
    QueueModel& model() { return inbox().queueModel(); }
    QueueTable& table() { return inbox().table(); }
    Workspace& workspace() { return window->session()->workspace(); }

    // Types on whatever has the keyboard focus, as a user would.
    void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QWidget* target = QApplication::focusWidget();
        QTest::keyClick(target ? target : window.get(), key, modifiers);
    }
    void press(char key)
    {
        QWidget* target = QApplication::focusWidget();
        QTest::keyClick(target ? target : window.get(), key);
    }

    // Types `text` into the text prompt the window has open and confirms it.
    void answerPrompt(const QString& text)
    {
        auto* ask = qobject_cast<QInputDialog*>(QApplication::activeModalWidget());
        ASSERT_TRUE(ask) << "no text prompt is open for " << text.toStdString();
        ask->setTextValue(text);
        ask->accept();
    }

    // The items of the first `count` rows, top down.
    QList<qint64> firstRows(int count)
    {
        QList<qint64> ids;
        for (int row = 0; row < count; ++row)
            ids << model().itemAt(row).postId;
        return ids;
    }

    qint64 currentId()
    {
        const QModelIndex current = table().currentIndex();
        return current.isValid() ? model().itemAt(current.row()).postId : -1;
    }

    TriageState stateOf(qint64 postId)
    {
        auto states = workspace().queue().triageStates({postId});
        EXPECT_TRUE(states && states->size() == 1);
        return states && !states->isEmpty() ? states->first() : TriageState{};
    }

    qint64 now = fixedNow;
    QTemporaryDir dir;
    std::unique_ptr<QSettings> settings;
    ProviderRegistry providers = shippedProviders();
    GuiEnvironment environment{providers};
    std::unique_ptr<MainWindow> window;
};

} // namespace hearken::testing
