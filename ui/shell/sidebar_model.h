// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/account.h"
#include "domain/network_names.h"
#include "domain/queue_filter.h"
#include "inbox/item_roles.h"
#include "store/saved_view_repository.h"

#include <QAbstractItemModel>
#include <QList>

#include <optional>

namespace hearken {

class AccountRepository;
class ChangeNotifier;
class CountThrottle;
class QueueCounter;

// The sidebar: the saved views and the brand's accounts, each with a live count of the
// items it shows. Counts are refreshed off the window's thread, coalesced after changes.
class SyncStateRepository;

class SidebarModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Group { Views, Accounts };

    // `networks` names and marks the accounts' networks.
    SidebarModel(SavedViewRepository& views, AccountRepository& accounts, ChangeNotifier& changes,
                 QueueCounter& counter, NetworkNames networks, QObject* parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    QModelIndex groupIndex(Group group) const { return index(group, 0); }
    std::optional<QueueFilter> filterAt(const QModelIndex& index) const;
    // The first row showing exactly this filter, if any.
    QModelIndex indexOf(const QueueFilter& filter) const;
    const QList<SavedView>& views() const { return m_views; }
    // The filter an account's row shows: its open items.
    static QueueFilter accountFilter(qint64 accountId);

    // Shows each account's sync status ("paused until 14:05", "sign in again") beside it.
    void setSyncState(SyncStateRepository* syncState);

Q_SIGNALS:
    void failed(const QString& message);
    void countsUpdated();

private:
    void reload();
    void recount(const std::function<void()>& finished);
    void applyCounts(const QList<qint64>& counts);
    QList<QueueFilter> leafFilters() const;

    SavedViewRepository& m_viewRepository;
    AccountRepository& m_accountRepository;
    SyncStateRepository* m_syncState = nullptr;
    QueueCounter& m_counter;
    NetworkNames m_networks;
    CountThrottle* m_throttle;
    QList<SavedView> m_views;
    QList<Account> m_accounts;
    QList<std::optional<qint64>> m_viewCounts;
    QList<std::optional<qint64>> m_accountCounts;
    // Bumped on every reload, so that counts for rows that are gone are dropped.
    int m_generation = 0;
};

} // namespace hearken
