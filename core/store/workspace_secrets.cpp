// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/workspace_secrets.h"

#include "auth/workspace_vault.h"
#include "store/sealed_vault.h"
#include "store/settings_repository.h"
#include "store/sql.h"
#include "store/workspace.h"

#include <QCoreApplication>

namespace hearken {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(hearken::store)
};
} // namespace

VaultScope vaultScope(const SettingsRepository& settings)
{
    return {settings.value(QStringLiteral("workspace/secrets-id")).value_or(QString()),
            settings.value(QStringLiteral("workspace/unscoped-secrets")).value_or(QString()) ==
                u"1"};
}

std::unique_ptr<auth::SecretVault> workspaceVault(Workspace& workspace, auth::SecretVault& keychain,
                                                  const auth::ServiceKey* serviceKey)
{
    if (workspace.database().engine() == Engine::Sqlite)
        return std::make_unique<auth::WorkspaceVault>(keychain, vaultScope(workspace.settings()));
    if (serviceKey)
        return std::make_unique<SealedVault>(workspace.database(), *serviceKey);
    return std::make_unique<SealedVault>(workspace.database());
}

std::optional<QString> whyNoTokenCanBeKept(Workspace& workspace)
{
    if (workspace.database().engine() == Engine::Sqlite)
        return std::nullopt;
    auto query = sql::exec(workspace.database().connection(),
                           QStringLiteral("SELECT has_table_privilege('accounts', 'INSERT')"));
    if (query && !sql::firstValue(*query, true).value_or(true))
        return Text::tr("Your role on this team workspace does not add the brand's accounts; "
                        "ask the team's admin to sign them in.");
    return SealedVault(workspace.database()).whyNothingCanBeSealed();
}

} // namespace hearken
