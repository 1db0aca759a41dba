// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/sql.h"

#include <QSqlError>

namespace hearken::sql {

StoreError queryError(const QSqlQuery& query)
{
    return StoreError{StoreError::Kind::Query,
                      QStringLiteral("The workspace could not be read or written: %1")
                          .arg(query.lastError().text())};
}

StoreResult<void> run(QSqlQuery& query, const QVariantList& binds)
{
    for (qsizetype i = 0; i < binds.size(); ++i) {
        const QVariant& value = binds.at(i);
        // A null QString is NULL to the driver; Hearken's text columns mean "" by it.
        const bool nullText = value.typeId() == QMetaType::QString && value.toString().isNull();
        query.bindValue(int(i), nullText ? QVariant(QString(u""_qs)) : value);
    }
    if (!query.exec())
        return tl::unexpected(queryError(query));
    return {};
}

StoreResult<QSqlQuery> prepare(const QSqlDatabase& db, const QString& statement)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(statement))
        return tl::unexpected(queryError(query));
    return query;
}

StoreResult<QSqlQuery> exec(const QSqlDatabase& db, const QString& statement,
                            const QVariantList& binds)
{
    auto query = prepare(db, statement);
    if (!query)
        return query;
    if (auto ran = run(*query, binds); !ran)
        return tl::unexpected(ran.error());
    return query;
}

std::optional<qint64> optionalInt(const QVariant& value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toLongLong();
}

} // namespace hearken::sql
