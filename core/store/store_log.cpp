// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/store_log.h"

namespace hearken {

Q_LOGGING_CATEGORY(lcStore, "hearken.store", QtWarningMsg)

} // namespace hearken
