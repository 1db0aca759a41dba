// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/team_password.h"

#include "cli/cli_text.h"

#include <QRandomGenerator>
#include <QSqlDriver>
#include <QTextStream>
#include <QVariant>

#include <array>
#include <libpq-fe.h>
#include <termios.h>
#include <unistd.h>

namespace hearken::cli {

namespace {

constexpr qsizetype shortestPassword = 8;

// Reads one line from the terminal with its echo off, restoring the terminal after.
QString readHidden(QTextStream& input)
{
    termios saved{};
    const bool terminal = ::tcgetattr(STDIN_FILENO, &saved) == 0;
    if (terminal) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    const QString line = input.readLine();
    if (terminal)
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    return line;
}

} // namespace

std::optional<QString> readNewPassword(const QString& person, CliIo io)
{
    QTextStream input(stdin);
    QString password;
    if (::isatty(STDIN_FILENO)) {
        io.err << CliText::tr("Password for %1: ").arg(person) << Qt::flush;
        password = readHidden(input);
        io.err << CliText::tr("\nThe same again: ") << Qt::flush;
        const QString again = readHidden(input);
        io.err << Qt::endl;
        if (password != again) {
            io.err << CliText::tr("The two passwords differ; nothing was changed. Run the "
                                  "command again.")
                   << Qt::endl;
            return std::nullopt;
        }
    } else {
        password = input.readLine();
    }
    if (password.isEmpty()) {
        io.err << CliText::tr("No password for %1: type one, write it to standard input, or "
                              "use --generate-password.")
                      .arg(person)
               << Qt::endl;
        return std::nullopt;
    }
    if (password.size() < shortestPassword) {
        io.err << CliText::tr("The password for %1 is too short: use at least %2 characters, or "
                              "--generate-password.")
                      .arg(person)
                      .arg(shortestPassword)
               << Qt::endl;
        return std::nullopt;
    }
    return password;
}

QString generatedPassword()
{
    std::array<quint32, 6> words{};
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char*>(words.data()), sizeof(words))
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<QString> passwordVerifier(const QSqlDatabase& db, const QString& role,
                                        const QString& password, CliIo io)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    // Qt names the handle's type after libpq's struct (PGconn is a typedef of pg_conn).
    PGconn* connection = qstrcmp(handle.typeName(), "pg_conn*") == 0
                             ? *static_cast<PGconn* const*>(handle.constData())
                             : nullptr;
    char* verifier = connection ? PQencryptPasswordConn(connection, password.toUtf8().constData(),
                                                        role.toUtf8().constData(), "scram-sha-256")
                                : nullptr;
    if (!verifier) {
        io.err << CliText::tr("The password could not be prepared for the server: %1")
                      .arg(connection ? QString::fromUtf8(PQerrorMessage(connection)).trimmed()
                                      : CliText::tr("not a PostgreSQL connection."))
               << Qt::endl;
        return std::nullopt;
    }
    const QString stored = QString::fromUtf8(verifier);
    PQfreemem(verifier);
    return stored;
}

} // namespace hearken::cli
