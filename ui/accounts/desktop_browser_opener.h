// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/browser_opener.h"

namespace hearken {

// The desktop's default browser (QDesktopServices), for core's sign-in flows.
class DesktopBrowserOpener : public auth::BrowserOpener {
public:
    std::optional<QString> open(const QUrl& url) override;
};

} // namespace hearken
