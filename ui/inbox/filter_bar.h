// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/account.h"
#include "domain/network_names.h"
#include "domain/queue_filter.h"

#include <QLineEdit>
#include <QList>
#include <QTimer>
#include <QWidget>

#include <optional>

class QComboBox;

namespace hearken {

// The search field: Return and Escape hand the keyboard back to the queue (Escape clears
// the search first), instead of reaching the window's shortcuts.
class SearchField : public QLineEdit {
    Q_OBJECT
public:
    explicit SearchField(QWidget* parent = nullptr);

Q_SIGNALS:
    void done();

protected:
    bool event(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
};

// The filters a manager narrows the queue with all day, composed into one QueueFilter:
// flag, state, network, account, tone, assignee and a full-text search.
class FilterBar : public QWidget {
    Q_OBJECT
public:
    static constexpr int searchDelayMs = 150;

    // The network list names and marks networks as `networks` says, and offers all of them
    // until the workspace has accounts.
    explicit FilterBar(NetworkNames networks, QWidget* parent = nullptr);

    // What the account, network and assignee lists offer. `me` is the current user.
    void setChoices(const QList<Account>& accounts, const QList<Teammate>& teammates,
                    std::optional<qint64> me);
    QueueFilter filter() const;
    // Shows `filter` in the controls; filterChanged() follows when it differs.
    void setFilter(const QueueFilter& filter);
    SearchField* searchField() const { return m_search; }

Q_SIGNALS:
    void filterChanged(const QueueFilter& filter);

private:
    QComboBox* addCombo(const QString& accessibleName);
    void announceIfChanged();

    NetworkNames m_networks;
    QComboBox* m_flag;
    QComboBox* m_state;
    QComboBox* m_network;
    QComboBox* m_account;
    QComboBox* m_tone;
    QComboBox* m_assignee;
    SearchField* m_search;
    QTimer m_searchDelay;
    QueueFilter m_announced;
};

} // namespace hearken
