// SPDX-License-Identifier: GPL-3.0-or-later
#include "outbox/outbox_log.h"

namespace hearken {

Q_LOGGING_CATEGORY(lcOutbox, "hearken.outbox", QtWarningMsg)

} // namespace hearken
