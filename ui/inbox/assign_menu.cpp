// SPDX-License-Identifier: GPL-3.0-or-later
#include "inbox/assign_menu.h"

#include "store/account_repository.h"

#include <QInputDialog>

namespace hearken {

AssignMenu::AssignMenu(AccountRepository& accounts, std::optional<qint64> me, Newcomers newcomers,
                       QWidget* parent)
    : QMenu(tr("Assign"), parent)
    , m_accounts(accounts)
    , m_me(me)
    , m_newcomers(newcomers)
{
    connect(this, &QMenu::aboutToShow, this, &AssignMenu::rebuild);
    rebuild();
}

void AssignMenu::rebuild()
{
    clear();
    auto teammates = m_accounts.teammates();
    if (!teammates)
        Q_EMIT failed(teammates.error().message);
    m_teammates = teammates.value_or(QList<Teammate>());
    auto addChoice = [this](const QString& label, const Teammate& teammate) {
        addAction(label, this,
                  [this, teammate] { Q_EMIT assigneeChosen(teammate.id, teammate.name); });
    };
    for (const Teammate& teammate : std::as_const(m_teammates)) {
        if (teammate.id == m_me)
            addChoice(tr("&Me (%1)").arg(teammate.name), teammate);
    }
    for (const Teammate& teammate : std::as_const(m_teammates)) {
        if (teammate.id != m_me)
            addChoice(teammate.name, teammate);
    }
    addSeparator();
    if (m_newcomers == Newcomers::Typed)
        addAction(tr("Someone &else…"), this, &AssignMenu::askForName);
    addAction(tr("&Unassign"), this, [this] { Q_EMIT assigneeChosen(std::nullopt, QString()); });
}

void AssignMenu::askForName()
{
    auto* dialog = new QInputDialog(parentWidget());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Assign"));
    dialog->setLabelText(tr("Assign to (a new name adds a teammate):"));
    QStringList names;
    for (const Teammate& teammate : std::as_const(m_teammates))
        names << teammate.name;
    dialog->setComboBoxItems(names);
    dialog->setComboBoxEditable(true);
    dialog->setTextValue(QString());
    dialog->setOkButtonText(tr("Assign"));
    connect(dialog, &QInputDialog::textValueSelected, this, &AssignMenu::chooseByName);
    dialog->open();
}

void AssignMenu::chooseByName(const QString& name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return;
    auto id = m_accounts.teammate(trimmed);
    if (!id) {
        Q_EMIT failed(id.error().message);
        return;
    }
    Q_EMIT assigneeChosen(*id, trimmed);
}

} // namespace hearken
