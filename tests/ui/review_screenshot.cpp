// SPDX-License-Identifier: GPL-3.0-or-later
// Opens a fresh sample workspace, opens View → Review and saves the Review window as a PNG.
// Run it under Xvfb (scripts/screenshot-review).
#include "composition/composition.h"
#include "gui/window_services.h"
#include "review/review_window.h"
#include "shell/main_window.h"

#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace hearken;

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    const QStringList args = QApplication::arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: hearken_review_screenshot OUTPUT.png\n");
        return 2;
    }
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    const ProviderRegistry providers = shippedProviders();
    GuiEnvironment environment(providers);
    environment.defaultWorkspacePath = dir.filePath(QStringLiteral("workspace.hearken"));
    environment.sampleWorkspacePath = dir.filePath(QStringLiteral("sample.hearken"));
    environment.actor = QStringLiteral("Sam");
    environment.clock = [] { return QDateTime::currentSecsSinceEpoch(); };
    environment.settings = &settings;
    environment.services = windowServices;

    MainWindow window(environment);
    window.resize(1440, 900);
    window.show();
    if (!window.openSampleWorkspace())
        return 1;
    window.actions().review->trigger();
    ReviewWindow* review = window.review();
    if (!review)
        return 1;
    QSignalSpy shown(review, &ReviewWindow::reportShown);
    if (!review->report() && !shown.wait(20000)) {
        std::fprintf(stderr, "the review's figures never came\n");
        return 1;
    }
    review->resize(1440, 1700);
    QTest::qWait(500);
    if (!review->grab().save(args.at(1))) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(args.at(1)));
        return 1;
    }
    return 0;
}
