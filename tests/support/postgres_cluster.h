// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace hearken::testing {

// A throwaway PostgreSQL cluster owned by the test run: initdb into a temporary folder,
// started on a free 127.0.0.1 port with its socket in that folder, stopped and deleted by
// the destructor. Trusts every local connection, or with Authentication::Password every one
// but the superuser's asks for a password; fsync is off, nothing here must survive.
class PostgresCluster {
public:
    enum class Authentication { Trust, Password };

    // Starts a cluster; on failure, `error` says why and what to install.
    static std::unique_ptr<PostgresCluster>
    start(QString& error, Authentication authentication = Authentication::Trust);
    ~PostgresCluster();
    PostgresCluster(const PostgresCluster&) = delete;
    PostgresCluster& operator=(const PostgresCluster&) = delete;

    int port() const { return m_port; }
    // The path of one of PostgreSQL's programs (pg_dump, psql), of the version this runs.
    QString tool(const QString& name) const { return m_bin + u'/' + name; }
    // A libpq URI of `database` on this cluster, as the superuser.
    QString uri(const QString& database) const;
    // The same as `user`, with `password`, over TCP.
    QString uri(const QString& database, const QString& user, const QString& password) const;
    // Runs one SQL command in the `postgres` database (CREATE DATABASE cannot run in a
    // transaction, so this is psql, not a connection of the test).
    bool run(const QString& command, QString& error) const;
    // Stops the server at once, as a crash or a dropped network would look to its clients, and
    // starts it again on the same port with the same data: for tests of a server that goes
    // away. Start a cluster of the test's own for them, not the binary's shared one.
    bool stop(QString& error) const;
    bool startAgain(QString& error) const;

private:
    PostgresCluster(std::unique_ptr<QTemporaryDir> dir, QString bin, int port);
    static bool startServer(const QString& bin, const QTemporaryDir& dir, int port, QString& error);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_bin;
    int m_port = 0;
};

} // namespace hearken::testing
