// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/account.h"

#include <QList>
#include <QMenu>

#include <optional>

namespace hearken {

class AccountRepository;

// Who to assign the selected items to: me, a teammate, someone new (typed), or nobody. On a
// team's workspace the teammates are the team's people, and nobody new can be typed in: a
// person joins the team through its admin.
class AssignMenu : public QMenu {
    Q_OBJECT
public:
    enum class Newcomers { Typed, ThroughTheAdmin };

    AssignMenu(AccountRepository& accounts, std::optional<qint64> me, Newcomers newcomers,
               QWidget* parent = nullptr);

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
    Newcomers m_newcomers;
    QList<Teammate> m_teammates;
};

} // namespace hearken
