// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/auth_log.h"

namespace hearken {

Q_LOGGING_CATEGORY(lcAuth, "hearken.auth", QtWarningMsg)

} // namespace hearken
