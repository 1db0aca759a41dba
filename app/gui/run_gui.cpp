// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/run_gui.h"

#include "accounts/desktop_browser_opener.h"
#include "composition/composition.h"
#include "gui/window_services.h"
#include "shell/appearance.h"
#include "shell/main_window.h"
#include "workflow/workspace_paths.h"

#include <QApplication>
#include <QDateTime>
#include <QMessageBox>
#include <QSettings>

namespace hearken {

int runGui(QApplication& app, const GuiOptions& options)
{
    QSettings settings;
    Composition root;
    GuiEnvironment environment(root.providers());
    environment.defaultWorkspacePath = defaultWorkspacePath();
    environment.sampleWorkspacePath = sampleWorkspacePath();
    environment.actor = currentUserName();
    environment.clock = [] { return QDateTime::currentSecsSinceEpoch(); };
    environment.settings = &settings;
    Appearance appearance(app, &settings);
    environment.appearance = &appearance;
    const auto browser = auth::browserFromEnvironment(std::make_unique<DesktopBrowserOpener>());
    environment.http = &root.http();
    environment.vault = &root.vault();
    environment.nonces = &root.nonces();
    environment.browser = browser.get();
    environment.services = windowServices;
    if (auto classifier = ToneClassifier::loadShipped())
        environment.classifier = std::move(*classifier);
    else
        QMessageBox::warning(nullptr, QObject::tr("Hearken"),
                             QObject::tr("The tone model could not be loaded (%1). Tones stay as "
                                         "they are; corrections will not be learned.")
                                 .arg(classifier.error()));

    MainWindow window(environment);
    window.show();
    if (options.sample)
        window.openSampleWorkspace();
    else
        window.openWorkspace(options.workspacePath.isEmpty() ? environment.defaultWorkspacePath
                                                             : options.workspacePath);
    return app.exec();
}

} // namespace hearken
