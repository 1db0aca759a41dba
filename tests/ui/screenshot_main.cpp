// SPDX-License-Identifier: GPL-3.0-or-later
// Opens a fresh sample workspace in the main window, selects the first item so that the
// thread pane is filled, and saves the window as a PNG. Run it under Xvfb (scripts/screenshot).
#include "inbox_page.h"
#include "main_window.h"
#include "queue_table.h"

#include <QApplication>
#include <QDateTime>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace hearken;

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationVersion(QStringLiteral("0.1.0"));
    const QStringList args = QApplication::arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: hearken_screenshot OUTPUT.png [welcome]\n");
        return 2;
    }
    const bool welcome = args.size() > 2 && args.at(2) == u"welcome";

    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    GuiEnvironment environment;
    environment.defaultWorkspacePath = dir.filePath(QStringLiteral("workspace.hearken"));
    environment.sampleWorkspacePath = dir.filePath(QStringLiteral("sample.hearken"));
    environment.actor = QStringLiteral("Sam");
    environment.clock = [] { return QDateTime::currentSecsSinceEpoch(); };
    environment.settings = &settings;
    if (auto classifier = ToneClassifier::loadShipped())
        environment.classifier = std::move(*classifier);

    MainWindow window(environment);
    window.resize(1440, 900);
    window.show();
    if (!window.openWorkspace(environment.defaultWorkspacePath))
        return 1;
    if (!welcome) {
        if (!window.openSampleWorkspace())
            return 1;
        window.inbox()->table().focusRow(0);
    }
    QTest::qWait(800);
    if (!window.grab().save(args.at(1))) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(args.at(1)));
        return 1;
    }
    return 0;
}
