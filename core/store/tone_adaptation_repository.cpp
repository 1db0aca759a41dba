// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/tone_adaptation_repository.h"

#include "store/database.h"
#include "store/sql.h"
#include "store/transaction.h"

namespace hearken {

ToneAdaptationRepository::ToneAdaptationRepository(Database& database)
    : m_database(database)
{}

StoreResult<QByteArray> ToneAdaptationRepository::load() const
{
    auto query = sql::exec(m_database.connection(),
                           QStringLiteral("SELECT layer FROM tone_adaptation WHERE id = 1"));
    if (!query)
        return tl::unexpected(query.error());
    return sql::firstValue(*query, QByteArray());
}

StoreResult<void> ToneAdaptationRepository::save(const QByteArray& layer, int corrections,
                                                 qint64 now)
{
    auto saved = sql::exec(m_database.connection(),
                           QStringLiteral("INSERT INTO tone_adaptation (id, layer, corrections, "
                                          "updated_at) VALUES (1, ?, ?, ?) ON CONFLICT (id) DO "
                                          "UPDATE SET layer = excluded.layer, corrections = "
                                          "excluded.corrections, updated_at = excluded.updated_at"),
                           {layer, corrections, now});
    if (!saved)
        return tl::unexpected(saved.error());
    return {};
}

StoreResult<void> ToneAdaptationRepository::reset()
{
    auto removed =
        sql::exec(m_database.connection(), QStringLiteral("DELETE FROM tone_adaptation"));
    if (!removed)
        return tl::unexpected(removed.error());
    return {};
}

StoreResult<bool> ToneAdaptationRepository::replace(const QByteArray& expected,
                                                    const QByteArray& layer, int corrections,
                                                    qint64 now)
{
    Transaction transaction(m_database.connection());
    if (!transaction.isActive())
        return tl::unexpected(transaction.error());
    auto stored = load();
    if (!stored)
        return tl::unexpected(stored.error());
    if (*stored != expected)
        return false;
    if (auto written = layer.isEmpty() ? reset() : save(layer, corrections, now); !written)
        return tl::unexpected(written.error());
    if (auto committed = transaction.commit(); !committed)
        return tl::unexpected(committed.error());
    return true;
}

} // namespace hearken
