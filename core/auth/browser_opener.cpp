// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/browser_opener.h"

#include <QCoreApplication>
#include <QProcess>

namespace hearken::auth {

namespace {

class NoBrowser : public BrowserOpener {
public:
    std::optional<QString> open(const QUrl& url) override
    {
        return QCoreApplication::translate("hearken::auth",
                                           "No browser is available here. Set BROWSER to a "
                                           "command that opens %1, or open it yourself.")
            .arg(url.toString(QUrl::FullyEncoded));
    }
};

} // namespace

CommandBrowserOpener::CommandBrowserOpener(QString command)
    : m_command(std::move(command))
{}

std::optional<QString> CommandBrowserOpener::open(const QUrl& url)
{
    const QString address = url.toString(QUrl::FullyEncoded);
    QStringList words = QProcess::splitCommand(m_command);
    if (words.isEmpty())
        return QCoreApplication::translate("hearken::auth", "The browser command is empty.");
    bool placed = false;
    for (QString& word : words) {
        if (word.contains(u"%s")) {
            word.replace(u"%s"_qs, address);
            placed = true;
        }
    }
    if (!placed)
        words.append(address);
    const QString program = words.takeFirst();
    if (!QProcess::startDetached(program, words))
        return QCoreApplication::translate("hearken::auth", "Could not start the browser \"%1\".")
            .arg(program);
    return std::nullopt;
}

std::unique_ptr<BrowserOpener> browserFromEnvironment(std::unique_ptr<BrowserOpener> fallback)
{
    const QString browser = qEnvironmentVariable("BROWSER").section(u':', 0, 0).trimmed();
    if (!browser.isEmpty())
        return std::make_unique<CommandBrowserOpener>(browser);
    if (fallback)
        return fallback;
    return std::make_unique<NoBrowser>();
}

} // namespace hearken::auth
