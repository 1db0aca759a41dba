// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

namespace hearken {

// "hearken.auth": off below warnings unless QT_LOGGING_RULES="hearken.auth.debug=true".
// Never log a secret here (tokens, passwords, codes, keys, DPoP proofs).
Q_DECLARE_LOGGING_CATEGORY(lcAuth)

} // namespace hearken
