// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/store_error.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <QVariantList>

#include <optional>

namespace hearken::sql {

// Prepares, binds positionally and runs one statement; a failure carries the driver's words.
StoreResult<QSqlQuery> exec(const QSqlDatabase& db, const QString& statement,
                            const QVariantList& binds = {});

StoreResult<QSqlQuery> prepare(const QSqlDatabase& db, const QString& statement);

// Runs an already prepared statement again with new values.
StoreResult<void> run(QSqlQuery& query, const QVariantList& binds);

StoreError queryError(const QSqlQuery& query);

// NULL in, std::nullopt out, and back.
template <typename T>
QVariant nullable(const std::optional<T>& value)
{
    return value ? QVariant::fromValue(*value) : QVariant();
}
std::optional<qint64> optionalInt(const QVariant& value);

} // namespace hearken::sql
