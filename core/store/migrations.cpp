// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/migrations.h"

#include "store/sql.h"
#include "store/store_log.h"
#include "store/transaction.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <sqlite3.h>

namespace hearken {

QStringList splitStatements(const QString& script)
{
    QStringList statements;
    QString pending;
    for (const QString& line : script.split(u'\n')) {
        if (pending.isEmpty() && line.trimmed().startsWith(u"--"))
            continue;
        pending += line + u'\n';
        if (sqlite3_complete(pending.toUtf8().constData())) {
            const QString statement = pending.trimmed();
            if (statement != u";")
                statements.append(statement);
            pending.clear();
        }
    }
    if (!pending.trimmed().isEmpty())
        statements.append(pending.trimmed());
    return statements;
}

QList<Migration> bundledMigrations()
{
    static const QRegularExpression fileName(QStringLiteral("^(\\d{4})_(\\w+)\\.sql$"));
    QList<Migration> migrations;
    const QDir dir(QStringLiteral(":/sql/sqlite"));
    for (const QString& entry : dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
        const auto match = fileName.match(entry);
        if (!match.hasMatch())
            continue;
        QFile file(dir.filePath(entry));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        migrations.append({match.captured(1).toInt(), match.captured(2),
                           splitStatements(QString::fromUtf8(file.readAll()))});
    }
    return migrations;
}

StoreResult<void> migrate(const QSqlDatabase& db, int target)
{
    auto current = sql::exec(db, QStringLiteral("PRAGMA user_version"));
    if (!current)
        return tl::unexpected(current.error());
    const auto from = sql::firstValue(*current, 0);
    if (!from)
        return tl::unexpected(from.error());

    const QList<Migration> migrations = bundledMigrations();
    for (qsizetype i = 0; i < migrations.size(); ++i) {
        if (migrations[i].version != i + 1)
            return storeError(
                StoreError::Kind::Migration,
                QStringLiteral("Schema step %1 is missing from this build.").arg(i + 1));
    }
    for (const Migration& step : migrations) {
        if (step.version <= *from || step.version > target)
            continue;
        qCDebug(lcStore).noquote()
            << "Upgrading the workspace to schema" << step.version << "(" << step.name << ")";
        Transaction transaction(db);
        if (!transaction.isActive())
            return tl::unexpected(transaction.error());
        for (const QString& statement : step.statements) {
            if (auto ran = sql::exec(db, statement); !ran) {
                return storeError(
                    StoreError::Kind::Migration,
                    QStringLiteral("Upgrading the workspace to schema %1 (%2) failed; "
                                   "nothing was changed. %3")
                        .arg(step.version)
                        .arg(step.name, ran.error().message));
            }
        }
        if (auto bumped =
                sql::exec(db, QStringLiteral("PRAGMA user_version = %1").arg(step.version));
            !bumped)
            return tl::unexpected(bumped.error());
        if (auto committed = transaction.commit(); !committed)
            return committed;
    }
    return {};
}

} // namespace hearken
