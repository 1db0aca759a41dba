// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/account.h"
#include "domain/safe_text.h"

namespace hearken::cli {

// "@alice.example" for Bluesky's bare handles; Mastodon's already start with "@". Handles
// stored before text was cleaned on arrival are made safe to print here.
inline QString shownHandle(const Account& account)
{
    const QString handle = displayText(account.handle);
    return handle.startsWith(u'@') ? handle : u'@' + handle;
}

} // namespace hearken::cli
