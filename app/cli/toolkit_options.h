// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace hearken::cli {

// Takes out Qt's standard command-line options (those QGuiApplication and QApplication read,
// such as "-platform offscreen" or "-style=Fusion", with one dash or two) and their values.
// A QApplication takes them out itself; a command runs under a QCoreApplication, which
// leaves them in.
QStringList withoutToolkitOptions(const QStringList& arguments);

// The options withoutToolkitOptions() takes out, for the help text: "-platform, -style, ...".
QString toolkitOptionNames();

} // namespace hearken::cli
