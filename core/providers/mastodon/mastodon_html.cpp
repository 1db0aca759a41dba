// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/mastodon/mastodon_html.h"

#include "domain/safe_text.h"

#include <QHash>

namespace hearken::mastodon {

namespace {

// Elements whose content is never text.
bool isOpaque(QStringView name)
{
    return name == u"script" || name == u"style" || name == u"template" || name == u"iframe" ||
           name == u"object" || name == u"svg" || name == u"math" || name == u"noscript" ||
           name == u"head" || name == u"title";
}

bool isBlock(QStringView name)
{
    return name == u"p" || name == u"div" || name == u"blockquote" || name == u"pre" ||
           name == u"ul" || name == u"ol" || name == u"h1" || name == u"h2" || name == u"h3" ||
           name == u"h4" || name == u"h5" || name == u"h6" || name == u"table" || name == u"tr";
}

const QHash<QString, char32_t>& namedEntities()
{
    static const QHash<QString, char32_t> entities = {
        {QStringLiteral("amp"), U'&'},       {QStringLiteral("lt"), U'<'},
        {QStringLiteral("gt"), U'>'},        {QStringLiteral("quot"), U'"'},
        {QStringLiteral("apos"), U'\''},     {QStringLiteral("nbsp"), U' '},
        {QStringLiteral("hellip"), U'…'},    {QStringLiteral("mdash"), U'—'},
        {QStringLiteral("ndash"), U'–'},     {QStringLiteral("lsquo"), U'‘'},
        {QStringLiteral("rsquo"), U'’'},     {QStringLiteral("ldquo"), U'“'},
        {QStringLiteral("rdquo"), U'”'},     {QStringLiteral("copy"), U'©'},
        {QStringLiteral("reg"), U'®'},       {QStringLiteral("trade"), U'™'},
        {QStringLiteral("euro"), U'€'},      {QStringLiteral("laquo"), U'«'},
        {QStringLiteral("raquo"), U'»'},     {QStringLiteral("zwj"), U'\u200D'},
        {QStringLiteral("zwnj"), U'\u200C'}, {QStringLiteral("lrm"), U'\u200E'},
        {QStringLiteral("rlm"), U'\u200F'},
    };
    return entities;
}

class TextBuilder {
public:
    explicit TextBuilder(qsizetype maxLength)
        : m_max(maxLength)
    {}

    bool full() const { return m_text.size() >= m_max; }

    void character(char32_t c)
    {
        if (c == U'\r' || c == U'\t' || c == U'\n' || c == U' ' || c == U'\f') {
            m_space = true;
            return;
        }
        if (isStrippedCharacter(c))
            return;
        flushBreaks();
        if (m_space && !m_text.isEmpty() && !m_text.endsWith(u'\n'))
            m_text += u' ';
        m_space = false;
        const char32_t ucs[] = {c};
        m_text += QString::fromUcs4(ucs, 1);
    }

    void lineBreak()
    {
        flushBreaks();
        m_text += u'\n';
        m_space = false;
    }

    void blockBreak()
    {
        if (!m_text.isEmpty())
            m_pendingBreaks = 2;
        m_space = false;
    }

    QString finish(bool cut)
    {
        QString text = m_text.trimmed();
        if (text.size() > m_max) {
            text.truncate(m_max);
            cut = true;
        }
        if (cut) {
            if (!text.isEmpty() && text.back().isHighSurrogate())
                text.chop(1);
            text += u'…';
        }
        return text;
    }

private:
    void flushBreaks()
    {
        if (m_pendingBreaks > 0 && !m_text.isEmpty()) {
            while (m_text.endsWith(u' '))
                m_text.chop(1);
            qsizetype trailing = 0;
            for (qsizetype i = m_text.size() - 1; i >= 0 && m_text[i] == u'\n'; --i)
                ++trailing;
            for (qsizetype k = trailing; k < m_pendingBreaks; ++k)
                m_text += u'\n';
        }
        m_pendingBreaks = 0;
    }

    QString m_text;
    qsizetype m_max;
    int m_pendingBreaks = 0;
    bool m_space = false;
};

// Decodes the entity at `at` (which holds '&'); returns the characters consumed, 0 when it is
// not an entity (then the '&' is literal).
qsizetype decodeEntity(QStringView html, qsizetype at, char32_t& out)
{
    const qsizetype end = html.indexOf(u';', at);
    if (end < 0 || end - at > 32 || end - at < 2)
        return 0;
    const QStringView body = html.mid(at + 1, end - at - 1);
    if (body.startsWith(u'#')) {
        bool ok = false;
        const bool hex = body.size() > 1 && (body[1] == u'x' || body[1] == u'X');
        const qulonglong value =
            hex ? body.mid(2).toULongLong(&ok, 16) : body.mid(1).toULongLong(&ok, 10);
        if (!ok)
            return 0;
        out = (value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF))
                  ? U'\uFFFD'
                  : char32_t(value);
        return end - at + 1;
    }
    const auto found = namedEntities().constFind(body.toString());
    if (found == namedEntities().cend())
        return 0;
    out = *found;
    return end - at + 1;
}

} // namespace

QString htmlToText(QStringView html, qsizetype maxLength)
{
    TextBuilder text(maxLength);
    const qsizetype size = html.size();
    qsizetype i = 0;
    while (i < size && !text.full()) {
        const QChar c = html[i];
        const QChar after = i + 1 < size ? html[i + 1] : QChar();
        // As in browsers, '<' starts a tag only before a letter, '/' or '!'.
        if (c == u'<' && (after.isLetter() || after == u'/' || after == u'!')) {
            if (html.mid(i).startsWith(u"<!--")) {
                const qsizetype end = html.indexOf(u"-->", i + 4);
                i = end < 0 ? size : end + 3;
                continue;
            }
            const qsizetype end = html.indexOf(u'>', i + 1);
            if (end < 0) {
                // A '<' that never closes is text, as browsers treat it.
                text.character(U'<');
                ++i;
                continue;
            }
            QStringView tag = html.mid(i + 1, end - i - 1).trimmed();
            const bool closing = tag.startsWith(u'/');
            if (closing)
                tag = tag.mid(1);
            qsizetype nameEnd = 0;
            while (nameEnd < tag.size() && (tag[nameEnd].isLetterOrNumber()))
                ++nameEnd;
            const QString name = tag.left(nameEnd).toString().toLower();
            i = end + 1;
            if (name.isEmpty())
                continue;
            if (!closing && isOpaque(name) && !tag.endsWith(u'/')) {
                const qsizetype close = html.indexOf(QString(u"</" + name), i, Qt::CaseInsensitive);
                const qsizetype closeEnd = close < 0 ? -1 : html.indexOf(u'>', close);
                i = closeEnd < 0 ? size : closeEnd + 1;
                continue;
            }
            if (name == u"br")
                text.lineBreak();
            else if (isBlock(name) || name == u"li")
                text.blockBreak();
            continue;
        }
        if (c == u'&') {
            char32_t decoded = 0;
            if (const qsizetype used = decodeEntity(html, i, decoded)) {
                text.character(decoded);
                i += used;
                continue;
            }
        }
        if (c.isHighSurrogate() && i + 1 < size && html[i + 1].isLowSurrogate()) {
            text.character(QChar::surrogateToUcs4(c, html[i + 1]));
            i += 2;
            continue;
        }
        text.character(c.unicode());
        ++i;
    }
    return text.finish(i < size);
}

} // namespace hearken::mastodon
