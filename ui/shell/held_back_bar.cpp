// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/held_back_bar.h"

#include "providers/provider_registry.h"
#include "store/workspace.h"

namespace hearken {

HeldBackBar::HeldBackBar(QWidget* parent)
    : InfoBar(InfoBar::Kind::Information, tr("Dismiss"), parent)
{
    connect(this, &InfoBar::actionTriggered, this, &QWidget::hide);
    hide();
}

void HeldBackBar::showFor(Workspace& workspace, const ProviderRegistry& providers)
{
    QStringList notices;
    if (auto accounts = workspace.accounts().accounts()) {
        for (const Account& account : std::as_const(*accounts)) {
            const Provider* provider = providers.find(account.network);
            if (!provider)
                continue;
            const auto cursors = workspace.syncState().cursors(account.id);
            const QString notice =
                cursors ? provider->heldBackNotice(account, *cursors) : QString();
            if (!notice.isEmpty())
                notices.append(notice);
        }
    }
    setMessage(notices.join(u'\n'));
    setVisible(!notices.isEmpty());
}

} // namespace hearken
