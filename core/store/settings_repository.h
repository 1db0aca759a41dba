// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/flags.h"
#include "store/store_error.h"

#include <QString>

namespace hearken {

class Database;

// Workspace-wide settings: they travel with the workspace file, unlike window state.
class SettingsRepository {
public:
    explicit SettingsRepository(Database& database);

    StoreResult<QString> value(const QString& key, const QString& fallback = {}) const;
    StoreResult<void> setValue(const QString& key, const QString& value);

    ResponseTargets responseTargets() const;
    StoreResult<void> setResponseTargets(const ResponseTargets& targets);

private:
    Database& m_database;
};

} // namespace hearken
