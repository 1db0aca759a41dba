// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QTextDocument;

namespace hearken {

// Replaces each character the document would draw from a colour font (emoji, in Noto Color
// Emoji) with a picture of it. Qt 6.4's PDF writer embeds such a font without outlines, so
// printed as text these characters come out blank.
void drawColourGlyphsAsPictures(QTextDocument& document);

} // namespace hearken
