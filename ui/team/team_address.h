// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace hearken {

// Where a team workspace lives, as the window asks for it and shows it: never with a password,
// which lives in the keychain.
struct TeamAddress {
    QString host;
    int port = 5432;
    QString database;
    QString user;
    // libpq's sslmode: prefer, require or verify-full.
    QString sslMode = QStringLiteral("prefer");
    // The certificate authority to check the server against (sslrootcert), for verify-full.
    QString caFile;
    // Any other connection parameters the URI carried, kept as they were.
    QList<QPair<QString, QString>> otherOptions;

    static bool isTeamUri(const QString& text);
    // Reads a libpq URI; a password in it is left out.
    static TeamAddress fromUri(const QString& uri);
    // The libpq URI, postgresql://user@host:port/database?sslmode=...: what the window stores,
    // shows and opens again.
    QString uri() const;
    // Where the keychain keeps the user's password: the URI without its options, such as
    // "postgresql://ana@db.example:5432/brand" (one password whatever the TLS setting).
    QString passwordKey() const;
    // What the window calls the workspace: "brand on db.example".
    QString title() const;
};

} // namespace hearken
