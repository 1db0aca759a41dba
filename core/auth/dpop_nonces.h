// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>
#include <QUrl>

namespace hearken {

// The latest DPoP-Nonce each server handed out, per origin: the authorization server and the
// PDS can be different hosts with nonces of their own.
class DpopNonces {
public:
    QString nonceFor(const QUrl& url) const;
    void remember(const QUrl& url, const QString& nonce);

private:
    static QString origin(const QUrl& url);
    QHash<QString, QString> m_nonces;
};

} // namespace hearken
