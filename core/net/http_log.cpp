// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/http_log.h"

namespace hearken {

Q_LOGGING_CATEGORY(lcHttp, "hearken.http", QtWarningMsg)

} // namespace hearken
