// SPDX-License-Identifier: GPL-3.0-or-later
#include "inbox/current_item.h"

namespace hearken {

void CurrentItem::set(std::optional<qint64> postId)
{
    if (postId == m_id)
        return;
    m_id = postId;
    Q_EMIT changed();
}

} // namespace hearken
