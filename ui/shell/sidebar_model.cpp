// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/sidebar_model.h"

#include "providers/provider_registry.h"
#include "shell/count_throttle.h"
#include "shell/queue_counter.h"
#include "shell/saved_view_title.h"
#include "shell/semantic_colors.h"
#include "store/account_repository.h"
#include "store/change_notifier.h"
#include "store/sync_state_repository.h"
#include "workflow/account_status_text.h"

namespace hearken {

namespace {
// Children of a group carry the group's number + 1 as internal id; groups carry 0.
constexpr quintptr groupId = 0;
} // namespace

SidebarModel::SidebarModel(SavedViewRepository& views, AccountRepository& accounts,
                           ChangeNotifier& changes, QueueCounter& counter, NetworkNames networks,
                           QObject* parent)
    : QAbstractItemModel(parent)
    , m_viewRepository(views)
    , m_accountRepository(accounts)
    , m_counter(counter)
    , m_networks(std::move(networks))
    , m_throttle(new CountThrottle([this](auto finished) { recount(finished); }, this))
{
    connect(&changes, &ChangeNotifier::savedViewsChanged, this, &SidebarModel::reload);
    connect(&changes, &ChangeNotifier::accountsChanged, this, &SidebarModel::reload);
    connect(&changes, &ChangeNotifier::itemsChanged, this, [this] { m_throttle->request(); });
    connect(&changes, &ChangeNotifier::queueReset, this, [this] { m_throttle->request(); });
    reload();
}

void SidebarModel::setSyncState(SyncStateRepository* syncState)
{
    m_syncState = syncState;
    reload();
}

QueueFilter SidebarModel::accountFilter(qint64 accountId)
{
    QueueFilter filter;
    filter.accountId = accountId;
    return filter;
}

void SidebarModel::reload()
{
    auto views = m_viewRepository.views();
    auto accounts = m_accountRepository.accounts();
    beginResetModel();
    m_views = views.value_or(QList<SavedView>());
    m_accounts = accounts.value_or(QList<Account>());
    m_viewCounts = QList<std::optional<qint64>>(m_views.size());
    m_accountCounts = QList<std::optional<qint64>>(m_accounts.size());
    ++m_generation;
    endResetModel();
    if (!views)
        Q_EMIT failed(views.error().message);
    if (!accounts)
        Q_EMIT failed(accounts.error().message);
    m_throttle->request(true);
}

QList<QueueFilter> SidebarModel::leafFilters() const
{
    QList<QueueFilter> filters;
    for (const SavedView& view : m_views)
        filters.append(view.filter);
    for (const Account& account : m_accounts)
        filters.append(accountFilter(account.id));
    return filters;
}

void SidebarModel::recount(const std::function<void()>& finished)
{
    m_counter.count(leafFilters(), this,
                    [this, finished, generation = m_generation](const auto& counts) {
                        if (!counts)
                            Q_EMIT failed(counts.error().message);
                        else if (generation == m_generation)
                            applyCounts(*counts);
                        finished();
                    });
}

void SidebarModel::applyCounts(const QList<qint64>& counts)
{
    const auto update = [&](Group group, QList<std::optional<qint64>>& mine, qsizetype offset) {
        for (qsizetype i = 0; i < mine.size(); ++i) {
            if (mine[i] == counts.value(offset + i))
                continue;
            mine[i] = counts.value(offset + i);
            const QModelIndex changed = index(int(i), 0, groupIndex(group));
            Q_EMIT dataChanged(changed, changed, {CountRole});
        }
    };
    update(Views, m_viewCounts, 0);
    update(Accounts, m_accountCounts, m_views.size());
    Q_EMIT countsUpdated();
}

QModelIndex SidebarModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, groupId);
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex SidebarModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == groupId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, groupId);
}

int SidebarModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return 2;
    if (parent.internalId() != groupId || parent.column() != 0)
        return 0;
    return parent.row() == Views ? int(m_views.size()) : int(m_accounts.size());
}

int SidebarModel::columnCount(const QModelIndex&) const
{
    return 1;
}

Qt::ItemFlags SidebarModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (index.internalId() == groupId)
        return Qt::ItemIsEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QVariant SidebarModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == groupId) {
        switch (role) {
        case Qt::DisplayRole:
            return index.row() == Views ? tr("Views") : tr("Accounts");
        case SidebarKindRole:
            return int(SidebarKind::Group);
        default:
            return {};
        }
    }
    const int row = index.row();
    if (index.parent().row() == Views) {
        const SavedView& view = m_views.at(row);
        switch (role) {
        case Qt::DisplayRole:
            return savedViewTitle(view.name);
        case SidebarKindRole:
            return int(SidebarKind::SavedView);
        case SavedViewIdRole:
            return view.id;
        case CountRole:
            return m_viewCounts.at(row) ? QVariant(*m_viewCounts.at(row)) : QVariant();
        default:
            return {};
        }
    }
    const Account& account = m_accounts.at(row);
    const auto status = m_syncState ? m_syncState->status(account.id)
                                    : StoreResult<AccountSyncStatus>(AccountSyncStatus{});
    const bool attention = status && status->kind != AccountSyncStatus::Kind::Ok;
    switch (role) {
    case Qt::DisplayRole:
        return attention ? tr("%1 — %2").arg(account.handle, statusText(*status)) : account.handle;
    case Qt::ToolTipRole:
        return attention
                   ? tr("%1 account %2: %3")
                         .arg(m_networks.label(account.network), account.handle,
                              status->lastError.isEmpty() ? statusText(*status) : status->lastError)
                   : tr("%1 account %2").arg(m_networks.label(account.network), account.handle);
    case Qt::DecorationRole:
        return networkIcon(m_networks.mark(account.network));
    case SidebarKindRole:
        return int(SidebarKind::Account);
    case AccountIdRole:
        return account.id;
    case CountRole:
        return m_accountCounts.at(row) ? QVariant(*m_accountCounts.at(row)) : QVariant();
    default:
        return {};
    }
}

std::optional<QueueFilter> SidebarModel::filterAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.internalId() == groupId || index.model() != this)
        return std::nullopt;
    if (index.parent().row() == Views)
        return m_views.at(index.row()).filter;
    return accountFilter(m_accounts.at(index.row()).id);
}

QModelIndex SidebarModel::indexOf(const QueueFilter& filter) const
{
    for (qsizetype i = 0; i < m_views.size(); ++i) {
        if (m_views[i].filter == filter)
            return index(int(i), 0, groupIndex(Views));
    }
    for (qsizetype i = 0; i < m_accounts.size(); ++i) {
        if (accountFilter(m_accounts[i].id) == filter)
            return index(int(i), 0, groupIndex(Accounts));
    }
    return {};
}

} // namespace hearken
