// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

namespace hearken {

// "hearken.sync": off below warnings unless QT_LOGGING_RULES="hearken.sync.debug=true".
// Never log a secret here (tokens, passwords, codes, keys, DPoP proofs).
Q_DECLARE_LOGGING_CATEGORY(lcSync)

} // namespace hearken
