// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/sync_log.h"

namespace hearken {

Q_LOGGING_CATEGORY(lcSync, "hearken.sync", QtWarningMsg)

} // namespace hearken
