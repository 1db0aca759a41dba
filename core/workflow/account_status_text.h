// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/sync_state_repository.h"

#include <QString>

namespace hearken {

// "ok", "paused until 14:05", "sign in again", "error: …" in the user's words.
QString statusText(const AccountSyncStatus& status);

} // namespace hearken
