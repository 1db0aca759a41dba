// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace hearken {

// A reply's words with what changes from person to person taken out, so that the same canned
// answer sent to many people reads the same: case and accents folded, @mentions, links,
// punctuation and emoji dropped, whitespace collapsed. "Hi @ana, thanks!!" and "hi @bo thanks"
// both become "hi thanks".
QString replyFingerprint(QStringView text);

} // namespace hearken
