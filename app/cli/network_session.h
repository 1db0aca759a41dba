// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/browser_opener.h"
#include "auth/keychain_vault.h"
#include "cli/cli_io.h"
#include "net/http_client.h"

#include <QNetworkAccessManager>

#include <memory>

namespace hearken::cli {

// What a network command needs: HTTP, the system keychain, and a browser ($BROWSER, else the
// address printed for the user to open).
class NetworkSession {
public:
    explicit NetworkSession(CliIo io);

    net::HttpClient& http() { return m_http; }
    auth::SecretVault& vault() { return m_vault; }
    auth::BrowserOpener& browser() { return *m_browser; }

private:
    QNetworkAccessManager m_network;
    net::HttpClient m_http;
    auth::KeychainVault m_vault;
    std::unique_ptr<auth::BrowserOpener> m_browser;
};

} // namespace hearken::cli
