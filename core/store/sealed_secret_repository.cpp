// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/sealed_secret_repository.h"

#include "store/database.h"
#include "store/dialect.h"
#include "store/sql.h"
#include "store/transaction.h"

namespace hearken {

SealedSecretRepository::SealedSecretRepository(Database& database)
    : m_database(database)
{}

StoreResult<void> SealedSecretRepository::put(const QString& key, const SealedSecret& secret)
{
    // A delete and an insert rather than an upsert: an upsert must read the row it conflicts
    // with, and desks may not read sealed secrets (see docs/team roles).
    const QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    if (!transaction.isActive())
        return tl::unexpected(transaction.error());
    if (auto removed =
            sql::exec(db, QStringLiteral("DELETE FROM sealed_secrets WHERE key = ?"), {key});
        !removed)
        return tl::unexpected(removed.error());
    if (auto inserted =
            sql::exec(db,
                      QStringLiteral("INSERT INTO sealed_secrets (key, blob, sealed_to, "
                                     "updated_at) VALUES (?, ?, ?, %1)")
                          .arg(Dialect::of(db).now()),
                      {key, secret.blob, secret.sealedTo});
        !inserted)
        return tl::unexpected(inserted.error());
    return transaction.commit();
}

StoreResult<bool> SealedSecretRepository::holds(const QString& key) const
{
    auto query =
        sql::exec(m_database.connection(),
                  QStringLiteral("SELECT count(*) FROM sealed_secrets WHERE key = ?"), {key});
    if (!query)
        return tl::unexpected(query.error());
    return sql::firstValue(*query, qint64(0)).map([](qint64 count) { return count > 0; });
}

StoreResult<std::optional<SealedSecret>> SealedSecretRepository::find(const QString& key) const
{
    auto query = sql::exec(
        m_database.connection(),
        QStringLiteral("SELECT blob, sealed_to FROM sealed_secrets WHERE key = ?"), {key});
    if (!query)
        return tl::unexpected(query.error());
    return sql::firstRow(*query, [](const QSqlQuery& row) {
        return SealedSecret{row.value(0).toByteArray(), row.value(1).toString()};
    });
}

StoreResult<void> SealedSecretRepository::remove(const QString& key)
{
    auto removed = sql::exec(m_database.connection(),
                             QStringLiteral("DELETE FROM sealed_secrets WHERE key = ?"), {key});
    if (!removed)
        return tl::unexpected(removed.error());
    return {};
}

} // namespace hearken
