// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/earlier_replies.h"

class QWidget;

namespace hearken {

// Shows the replies someone else made while the person was writing theirs (who, when, the
// text) and asks whether to send theirs too. "Don't send" is the default and Escape's; true
// only when they chose "Send mine too".
bool askToSendSecondAnswer(QWidget* parent, const QList<EarlierReply>& replies);

} // namespace hearken
