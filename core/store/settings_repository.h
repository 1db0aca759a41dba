// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/flags.h"
#include "store/store_error.h"

#include <QString>

namespace hearken {

class ChangeNotifier;
class Database;

// Workspace-wide settings: they travel with the workspace file, unlike window state.
class SettingsRepository {
public:
    SettingsRepository(Database& database, ChangeNotifier& changes);

    StoreResult<QString> value(const QString& key, const QString& fallback = {}) const;
    StoreResult<void> setValue(const QString& key, const QString& value);

    // A setting that cannot be read is an error, never its default: acting on a default
    // target or zone would misstate every figure.
    StoreResult<ResponseTargets> responseTargets() const;
    StoreResult<void> setResponseTargets(const ResponseTargets& targets);

    // Whether our like of a post thanks its author (on by default). Changing it re-derives
    // every item's thanks.
    StoreResult<bool> likesCountAsThanks() const;
    StoreResult<void> setLikesCountAsThanks(bool count);

    // The workspace's IANA time zone id ("Europe/Berlin"); empty means the computer's zone.
    // Reports count days and business hours in it.
    StoreResult<QString> timeZone() const;
    StoreResult<void> setTimeZone(const QString& ianaId);

    // The team's weekly business hours as text ("mon-fri 09:00-17:00"); empty means none,
    // and response times count every hour.
    StoreResult<QString> businessHours() const;
    StoreResult<void> setBusinessHours(const QString& hours);

private:
    Database& m_database;
    ChangeNotifier& m_changes;
};

} // namespace hearken
