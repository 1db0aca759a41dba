// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/account.h"

#include <QList>
#include <QMenu>

#include <optional>

namespace hearken {

class AccountRepository;

// Who to assign the selected items to: me, a teammate, someone new (typed), or nobody.
class AssignMenu : public QMenu {
    Q_OBJECT
public:
    AssignMenu(AccountRepository& accounts, std::optional<qint64> me, QWidget* parent = nullptr);

Q_SIGNALS:
    // std::nullopt unassigns.
    void assigneeChosen(std::optional<qint64> teammateId, const QString& name);
    void failed(const QString& message);

private:
    void rebuild();
    void askForName();
    void chooseByName(const QString& name);

    AccountRepository& m_accounts;
    std::optional<qint64> m_me;
    QList<Teammate> m_teammates;
};

} // namespace hearken
