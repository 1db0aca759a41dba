// SPDX-License-Identifier: GPL-3.0-or-later
// The user interface in the language of the system locale.
#pragma once

class QCoreApplication;

namespace hearken {

// Installs Qt's own catalog and Hearken's for QLocale::system() on the application, or
// Hearken's English one (its plural forms) where Hearken has none for the language; text stays
// in English where a catalog or a message is missing.
void installTranslations(QCoreApplication& app);

} // namespace hearken
