// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/sync_state_repository.h"

#include <QString>

namespace hearken {

// "ok", "paused until 14:05", "sign in again", "error: …" in the user's words.
QString statusText(const AccountSyncStatus& status);

// Why an account is not synced now and until when, each thing once: "paused by the server's
// rate limit until 2026-12-06 14:05", or the error that stopped it as it was ("sign in again"
// when there is none). Empty for an account that syncs.
QString notSyncedReason(const AccountSyncStatus& status);

} // namespace hearken
