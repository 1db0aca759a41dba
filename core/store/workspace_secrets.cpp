// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/workspace_secrets.h"

#include "store/settings_repository.h"

namespace hearken {

VaultScope vaultScope(const SettingsRepository& settings)
{
    return {settings.value(QStringLiteral("workspace/secrets-id")).value_or(QString()),
            settings.value(QStringLiteral("workspace/unscoped-secrets")).value_or(QString()) ==
                u"1"};
}

} // namespace hearken
