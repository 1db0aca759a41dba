// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QString>
#include <QStringView>

namespace hearken {

// Whether text from outside never keeps `c`: C0 controls but tab and line feed (ESC starts
// terminal escape sequences), DEL, C1 controls (U+009B is a terminal's CSI too), the byte-order
// mark, the noncharacters U+FFFE and U+FFFF, lone surrogates and values beyond Unicode.
bool isStrippedCharacter(char32_t c);

// Text that came from a network, as it is kept: CR and CRLF become LF, and every character
// isStrippedCharacter names is removed. Direction marks and isolates are kept: Arabic and
// Hebrew text needs them (displayText makes them safe to print).
QString safeText(QStringView text);

// Text for plain-text output (a terminal line, a CSV cell), also for rows kept before
// safeText existed: safeText, and each bidi embedding, override or isolate control
// (U+202A-U+202E, U+2066-U+2069) written out as "<U+202E>", so none reorders what is printed
// after it. Direction marks (U+200E, U+200F, U+061C) stay: they reach no further than their
// neighbours.
QString displayText(QStringView text);

// A JSON document as UTF-8 in which C1 controls, DEL, bidi embedding, override and isolate
// controls and the line and paragraph separators are \uXXXX escapes: the same values for a
// JSON reader, nothing a terminal acts on when the JSON is shown. (QJsonDocument escapes the
// C0 controls itself.)
QByteArray safeJson(const QJsonDocument& document,
                    QJsonDocument::JsonFormat format = QJsonDocument::Compact);

} // namespace hearken
