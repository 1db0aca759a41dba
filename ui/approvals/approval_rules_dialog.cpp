// SPDX-License-Identifier: GPL-3.0-or-later
#include "approvals/approval_rules_dialog.h"

#include "session.h"
#include "store/workspace.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>

#include <algorithm>

namespace hearken {

namespace {
constexpr int accountRole = Qt::UserRole;

QListWidgetItem* checkable(QListWidget* list, const QString& text, bool on)
{
    auto* row = new QListWidgetItem(text, list);
    row->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    row->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    return row;
}
} // namespace

ApprovalRulesDialog::ApprovalRulesDialog(Session& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_approvals(session.workspace().database(), session.workspace().changes())
    , m_people(new QListWidget(this))
    , m_accounts(new QListWidget(this))
{
    setObjectName(u"approvalRules"_qs);
    setWindowTitle(tr("Replies that need approval"));
    auto* intro = new QLabel(tr("Replies by the people and on the accounts ticked here wait for a "
                                "supervisor's approval before they go out."),
                             this);
    intro->setWordWrap(true);
    m_people->setAccessibleName(tr("People"));
    m_accounts->setAccessibleName(tr("Accounts"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto* layout = new QGridLayout(this);
    layout->addWidget(intro, 0, 0, 1, 2);
    layout->addWidget(new QLabel(tr("Their replies:"), this), 1, 0);
    layout->addWidget(new QLabel(tr("Every reply on:"), this), 1, 1);
    layout->addWidget(m_people, 2, 0);
    layout->addWidget(m_accounts, 2, 1);
    layout->addWidget(buttons, 3, 0, 1, 2);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (apply())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    load();
}

void ApprovalRulesDialog::load()
{
    auto rules = m_approvals.rules();
    auto people = m_session.workspace().accounts().teammates();
    auto accounts = m_session.workspace().accounts().accounts();
    if (!rules || !people || !accounts) {
        Q_EMIT failed(!rules    ? rules.error().message
                      : !people ? people.error().message
                                : accounts.error().message);
        return;
    }
    const auto ruled = [&](const auto& matches) {
        return std::any_of(rules->cbegin(), rules->cend(), matches);
    };
    for (const Teammate& person : std::as_const(*people))
        checkable(m_people, person.name,
                  ruled([&](const ApprovalRule& rule) { return rule.person == person.name; }));
    for (const Account& account : std::as_const(*accounts))
        checkable(m_accounts, account.handle,
                  ruled([&](const ApprovalRule& rule) { return rule.accountId == account.id; }))
            ->setData(accountRole, account.id);
}

bool ApprovalRulesDialog::apply()
{
    const QString by = m_session.actor();
    const qint64 now = m_session.clock()();
    for (int i = 0; i < m_people->count(); ++i) {
        const QListWidgetItem* row = m_people->item(i);
        if (auto set =
                m_approvals.setPersonRule(row->text(), row->checkState() == Qt::Checked, by, now);
            !set) {
            Q_EMIT failed(set.error().message);
            return false;
        }
    }
    for (int i = 0; i < m_accounts->count(); ++i) {
        const QListWidgetItem* row = m_accounts->item(i);
        if (auto set = m_approvals.setAccountRule(row->data(accountRole).toLongLong(),
                                                  row->checkState() == Qt::Checked, by, now);
            !set) {
            Q_EMIT failed(set.error().message);
            return false;
        }
    }
    return true;
}

} // namespace hearken
