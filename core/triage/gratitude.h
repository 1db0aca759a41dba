// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>

namespace hearken {

// Whether one of our replies thanks the person ("thanks!", "thank u", "much appreciated",
// "tysm", 🙏, ❤️, common misspellings). English only. Refusals and sarcasm ("no thanks",
// "thanks for nothing", "thanks a lot for breaking it"), "thank god" and polite requests
// ("we'd appreciate it if...") do not count.
bool expressesGratitude(QStringView text);

} // namespace hearken
