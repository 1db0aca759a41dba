// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/network_session.h"

#include <QCoreApplication>

namespace hearken::cli {

namespace {

// Without $BROWSER a command cannot open a window: it shows the address instead.
class PrintingBrowser : public auth::BrowserOpener {
public:
    explicit PrintingBrowser(QTextStream& err)
        : m_err(err)
    {}
    std::optional<QString> open(const QUrl& url) override
    {
        m_err << QCoreApplication::translate("hearken::cli",
                                             "Open this address in a browser to sign in:")
              << u'\n' << url.toString(QUrl::FullyEncoded) << Qt::endl;
        return std::nullopt;
    }

private:
    QTextStream& m_err;
};

} // namespace

NetworkSession::NetworkSession(Composition& root, CliIo io)
    : m_root(root)
    , m_browser(auth::browserFromEnvironment(std::make_unique<PrintingBrowser>(io.err)))
{}

} // namespace hearken::cli
