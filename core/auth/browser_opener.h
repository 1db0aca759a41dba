// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>

#include <memory>
#include <optional>

namespace hearken::auth {

// Shows a URL to the user in a browser. The desktop implementation (QDesktopServices)
// lives in ui/; core only knows this interface.
class BrowserOpener {
public:
    virtual ~BrowserOpener() = default;
    // Nothing on success, else words for the user.
    virtual std::optional<QString> open(const QUrl& url) = 0;
};

// Runs a command with the URL: `%s` in the command is replaced by it, else it is appended.
// The command is split like a shell would split simple words and quotes.
class CommandBrowserOpener : public BrowserOpener {
public:
    explicit CommandBrowserOpener(QString command);
    std::optional<QString> open(const QUrl& url) override;

private:
    QString m_command;
};

// $BROWSER (its first entry when it lists several, separated by ':') when set, else
// `fallback` (which may be null: then opening fails with words saying to set $BROWSER).
std::unique_ptr<BrowserOpener> browserFromEnvironment(std::unique_ptr<BrowserOpener> fallback);

} // namespace hearken::auth
