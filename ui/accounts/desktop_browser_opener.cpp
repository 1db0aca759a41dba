// SPDX-License-Identifier: GPL-3.0-or-later
#include "accounts/desktop_browser_opener.h"

#include <QCoreApplication>
#include <QDesktopServices>

namespace hearken {

std::optional<QString> DesktopBrowserOpener::open(const QUrl& url)
{
    if (QDesktopServices::openUrl(url))
        return std::nullopt;
    return QCoreApplication::translate("hearken::ui",
                                       "No browser could be opened. Open this address yourself: "
                                       "%1")
        .arg(url.toString(QUrl::FullyEncoded));
}

} // namespace hearken
