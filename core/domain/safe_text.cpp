// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/safe_text.h"

#include <algorithm>

namespace hearken {

namespace {

bool isBidiControl(char32_t c)
{
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

bool isEscapedInJson(char32_t c)
{
    return (c >= 0x7F && c < 0xA0) || isBidiControl(c) || c == 0x2028 || c == 0x2029;
}

// "202E" for U+202E.
QString hex(char32_t c)
{
    return QString::number(uint(c), 16).toUpper().rightJustified(4, u'0');
}

// Calls `visit` with each code point of `text`; a lone surrogate comes as itself.
template <typename Visit>
void forEachCodePoint(QStringView text, Visit visit)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            visit(QChar::surrogateToUcs4(c, text[i + 1]));
            ++i;
        } else {
            visit(char32_t(c.unicode()));
        }
    }
}

void append(QString& text, char32_t c)
{
    if (QChar::requiresSurrogates(c)) {
        text += QChar(QChar::highSurrogate(c));
        text += QChar(QChar::lowSurrogate(c));
    } else {
        text += QChar(char16_t(c));
    }
}

} // namespace

bool isStrippedCharacter(char32_t c)
{
    return (c < 0x20 && c != U'\n' && c != U'\t') || (c >= 0x7F && c < 0xA0) || c == 0xFEFF ||
           c == 0xFFFE || c == 0xFFFF || (c >= 0xD800 && c <= 0xDFFF) || c > 0x10FFFF;
}

QString safeText(QStringView text)
{
    // Most text needs no change: keep it without rebuilding it.
    bool clean = true;
    forEachCodePoint(
        text, [&clean](char32_t c) { clean = clean && c != U'\r' && !isStrippedCharacter(c); });
    if (clean)
        return text.toString();
    QString safe;
    safe.reserve(text.size());
    bool afterCarriageReturn = false;
    forEachCodePoint(text, [&](char32_t c) {
        if (c == U'\n' && afterCarriageReturn) {
            afterCarriageReturn = false;
            return;
        }
        afterCarriageReturn = c == U'\r';
        if (c == U'\r')
            safe += u'\n';
        else if (!isStrippedCharacter(c))
            append(safe, c);
    });
    return safe;
}

QString displayText(QStringView text)
{
    QString safe = safeText(text);
    // Bidirectional controls are all in the basic plane; most text has none.
    if (std::none_of(safe.cbegin(), safe.cend(),
                     [](QChar c) { return isBidiControl(c.unicode()); }))
        return safe;
    QString shown;
    shown.reserve(safe.size());
    forEachCodePoint(safe, [&](char32_t c) {
        if (isBidiControl(c))
            shown += u"<U+" + hex(c) + u'>';
        else
            append(shown, c);
    });
    return shown;
}

QByteArray safeJson(const QJsonDocument& document, QJsonDocument::JsonFormat format)
{
    const QString json = QString::fromUtf8(document.toJson(format));
    QString escaped;
    escaped.reserve(json.size());
    forEachCodePoint(json, [&](char32_t c) {
        if (isEscapedInJson(c))
            escaped += u"\\u" + hex(c);
        else
            append(escaped, c);
    });
    return escaped.toUtf8();
}

} // namespace hearken
