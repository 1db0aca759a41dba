// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/postgres_cluster.h"

#include <QDir>
#include <QHostAddress>
#include <QProcess>
#include <QTcpServer>
#include <QUrl>

#include <pwd.h>
#include <unistd.h>

namespace hearken::testing {

namespace {

// Debian installs each major version under /usr/lib/postgresql/<major>/bin; the newest wins.
QString serverBinaries()
{
    const QDir versions(QStringLiteral("/usr/lib/postgresql"));
    QStringList majors = versions.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(majors.begin(), majors.end(),
              [](const QString& a, const QString& b) { return a.toInt() < b.toInt(); });
    for (auto major = majors.crbegin(); major != majors.crend(); ++major) {
        const QString bin = versions.filePath(*major + QStringLiteral("/bin"));
        if (QFileInfo(bin + QStringLiteral("/initdb")).isExecutable())
            return bin;
    }
    return {};
}

int freePort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    return server.serverPort();
}

// PostgreSQL refuses to run as root: as root, its programs run as the `postgres` user.
bool runningAsRoot()
{
    return ::geteuid() == 0;
}

bool runTool(const QString& program, const QStringList& arguments, QString& error)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    if (runningAsRoot())
        process.start(QStringLiteral("runuser"),
                      QStringList{QStringLiteral("-u"), QStringLiteral("postgres"),
                                  QStringLiteral("--"), program} +
                          arguments);
    else
        process.start(program, arguments);
    if (!process.waitForFinished(60'000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        error = QStringLiteral("%1 failed: %2")
                    .arg(QFileInfo(program).fileName(),
                         QString::fromLocal8Bit(process.readAll()).trimmed());
        return false;
    }
    return true;
}

bool giveToPostgresUser(const QString& path, QString& error)
{
    if (!runningAsRoot())
        return true;
    const passwd* user = ::getpwnam("postgres");
    if (!user || ::chown(QFile::encodeName(path).constData(), user->pw_uid, user->pw_gid) != 0) {
        error = QStringLiteral("Cannot hand %1 to the postgres user: is PostgreSQL installed? "
                               "(apt-get install postgresql)")
                    .arg(path);
        return false;
    }
    return true;
}

// The superuser keeps being trusted (the tests' own connections); every other role logs in
// with its password, over TCP as a desk does.
bool askForPasswords(const QString& data, QString& error)
{
    QFile rules(data + QStringLiteral("/pg_hba.conf"));
    if (!rules.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        rules.write("local all all trust\n"
                    "host all postgres 127.0.0.1/32 trust\n"
                    "host all all 127.0.0.1/32 scram-sha-256\n") < 0) {
        error = QStringLiteral("Cannot write %1").arg(rules.fileName());
        return false;
    }
    return true;
}

} // namespace

PostgresCluster::PostgresCluster(std::unique_ptr<QTemporaryDir> dir, QString bin, int port)
    : m_dir(std::move(dir))
    , m_bin(std::move(bin))
    , m_port(port)
{}

std::unique_ptr<PostgresCluster> PostgresCluster::start(QString& error,
                                                        Authentication authentication)
{
    const QString bin = serverBinaries();
    if (bin.isEmpty()) {
        error = QStringLiteral("PostgreSQL is not installed, and the store's tests run on it as "
                               "well as on SQLite: apt-get install postgresql");
        return nullptr;
    }
    auto dir =
        std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/hearken-pg-XXXXXX"));
    const int port = freePort();
    if (!dir->isValid() || port == 0) {
        error = QStringLiteral("No temporary folder or free port for a test PostgreSQL.");
        return nullptr;
    }
    if (!giveToPostgresUser(dir->path(), error))
        return nullptr;
    const QString data = dir->filePath(QStringLiteral("data"));
    if (!runTool(bin + QStringLiteral("/initdb"),
                 {QStringLiteral("-D"), data, QStringLiteral("--auth=trust"), QStringLiteral("-U"),
                  QStringLiteral("postgres"), QStringLiteral("-E"), QStringLiteral("UTF8"),
                  QStringLiteral("--locale=C.UTF-8"), QStringLiteral("--no-sync")},
                 error))
        return nullptr;
    if (authentication == Authentication::Password && !askForPasswords(data, error))
        return nullptr;
    if (!startServer(bin, *dir, port, error))
        return nullptr;
    return std::unique_ptr<PostgresCluster>(new PostgresCluster(std::move(dir), bin, port));
}

bool PostgresCluster::startServer(const QString& bin, const QTemporaryDir& dir, int port,
                                  QString& error)
{
    const QString options = QStringLiteral("-p %1 -k %2 -c listen_addresses=127.0.0.1 -c fsync=off "
                                           "-c synchronous_commit=off -c full_page_writes=off")
                                .arg(port)
                                .arg(dir.path());
    return runTool(bin + QStringLiteral("/pg_ctl"),
                   {QStringLiteral("-D"), dir.filePath(QStringLiteral("data")),
                    QStringLiteral("-l"), dir.filePath(QStringLiteral("server.log")),
                    QStringLiteral("-w"), QStringLiteral("-o"), options, QStringLiteral("start")},
                   error);
}

PostgresCluster::~PostgresCluster()
{
    QString ignored;
    (void)stop(ignored);
}

bool PostgresCluster::stop(QString& error) const
{
    return runTool(m_bin + QStringLiteral("/pg_ctl"),
                   {QStringLiteral("-D"), m_dir->filePath(QStringLiteral("data")),
                    QStringLiteral("-w"), QStringLiteral("-m"), QStringLiteral("immediate"),
                    QStringLiteral("stop")},
                   error);
}

bool PostgresCluster::startAgain(QString& error) const
{
    return startServer(m_bin, *m_dir, m_port, error);
}

QString PostgresCluster::uri(const QString& database) const
{
    return QStringLiteral("postgresql://postgres@127.0.0.1:%1/%2").arg(m_port).arg(database);
}

QString PostgresCluster::uri(const QString& database, const QString& user,
                             const QString& password) const
{
    return QStringLiteral("postgresql://%1:%2@127.0.0.1:%3/%4")
        .arg(QString::fromLatin1(QUrl::toPercentEncoding(user)),
             QString::fromLatin1(QUrl::toPercentEncoding(password)))
        .arg(m_port)
        .arg(database);
}

bool PostgresCluster::run(const QString& command, QString& error) const
{
    return runTool(m_bin + QStringLiteral("/psql"),
                   {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"),
                    QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-h"), m_dir->path(),
                    QStringLiteral("-p"), QString::number(m_port), QStringLiteral("-U"),
                    QStringLiteral("postgres"), QStringLiteral("-d"), QStringLiteral("postgres"),
                    QStringLiteral("-c"), command},
                   error);
}

} // namespace hearken::testing
