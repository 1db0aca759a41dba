// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/saved_view_repository.h"

#include "store/change_notifier.h"
#include "store/database.h"
#include "store/sql.h"

#include <QJsonDocument>

namespace hearken {

SavedViewRepository::SavedViewRepository(Database& database, ChangeNotifier& changes)
    : m_database(database)
    , m_changes(changes)
{}

StoreResult<QList<SavedView>> SavedViewRepository::views() const
{
    auto query = sql::exec(m_database.connection(),
                           QStringLiteral("SELECT id, name, filter FROM saved_views "
                                          "ORDER BY position, id"));
    if (!query)
        return tl::unexpected(query.error());
    return sql::rows(*query, [](const QSqlQuery& row) {
        const QJsonObject json = QJsonDocument::fromJson(row.value(2).toByteArray()).object();
        return SavedView{row.value(0).toLongLong(), row.value(1).toString(),
                         QueueFilter::fromJson(json)};
    });
}

StoreResult<qint64> SavedViewRepository::save(const QString& name, const QueueFilter& filter)
{
    const QString json =
        QString::fromUtf8(QJsonDocument(filter.toJson()).toJson(QJsonDocument::Compact));
    auto query = sql::exec(
        m_database.connection(),
        QStringLiteral("INSERT INTO saved_views (name, filter, position) VALUES (?, ?, "
                       "(SELECT coalesce(max(position), -1) + 1 FROM saved_views)) "
                       "ON CONFLICT (name) DO UPDATE SET filter = excluded.filter RETURNING id"),
        {name.trimmed(), json});
    if (!query)
        return tl::unexpected(query.error());
    const auto id = sql::firstValue(*query, qint64(0));
    if (id)
        Q_EMIT m_changes.savedViewsChanged();
    return id;
}

StoreResult<void> SavedViewRepository::rename(qint64 id, const QString& name)
{
    auto query = sql::exec(m_database.connection(),
                           QStringLiteral("UPDATE saved_views SET name = ? WHERE id = ?"),
                           {name.trimmed(), id});
    if (!query)
        return tl::unexpected(query.error());
    Q_EMIT m_changes.savedViewsChanged();
    return {};
}

StoreResult<void> SavedViewRepository::remove(qint64 id)
{
    auto query = sql::exec(m_database.connection(),
                           QStringLiteral("DELETE FROM saved_views WHERE id = ?"), {id});
    if (!query)
        return tl::unexpected(query.error());
    Q_EMIT m_changes.savedViewsChanged();
    return {};
}

} // namespace hearken
