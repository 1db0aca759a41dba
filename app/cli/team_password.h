// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/cli_io.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace hearken::cli {

// A new person's password, never taken from the command line: typed twice without echo when
// standard input is a terminal, else its first line. Nullopt after telling the user why not.
std::optional<QString> readNewPassword(const QString& person, CliIo io);

// A random password for --generate-password, shown once.
QString generatedPassword();

// `password` as the server stores it for `role`: a SCRAM-SHA-256 verifier made here, as psql's
// \password does, so that the password never reaches the server, its logs or its statistics.
// Nullopt after telling the user why not.
std::optional<QString> passwordVerifier(const QSqlDatabase& db, const QString& role,
                                        const QString& password, CliIo io);

} // namespace hearken::cli
