// SPDX-License-Identifier: GPL-3.0-or-later
#include "triage/tokenizer.h"

#include <algorithm>
#include <array>

namespace hearken {

namespace {

struct CodePoint {
    char32_t value = 0;
    qsizetype size = 0;
};

CodePoint codePointAt(QStringView s, qsizetype i)
{
    if (i >= s.size())
        return {};
    const QChar c = s[i];
    if (c.isHighSurrogate() && i + 1 < s.size() && s[i + 1].isLowSurrogate())
        return {QChar::surrogateToUcs4(c, s[i + 1]), 2};
    return {c.unicode(), 1};
}

bool isAsciiLetter(char32_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

// ASCII first: most posts are mostly ASCII and the Unicode tables cost a call each.
bool isWordPart(char32_t c)
{
    if (c < 0x80)
        return isAsciiLetter(c) || (c >= u'0' && c <= u'9');
    return QChar::isLetterOrNumber(c) || QChar::isMark(c);
}
bool isLetter(char32_t c)
{
    return c < 0x80 ? isAsciiLetter(c) : QChar::isLetter(c);
}
bool isUpper(char32_t c)
{
    return c < 0x80 ? (c >= u'A' && c <= u'Z') : QChar::isUpper(c);
}
char32_t toLower(char32_t c)
{
    if (c < 0x80)
        return c >= u'A' && c <= u'Z' ? c + 32 : c;
    return QChar::toLower(c);
}

// Variation selectors, joiners, keycaps, skin tones and tag characters refine the emoji
// before them; the model treats the base emoji as the token.
bool isEmojiModifier(char32_t c)
{
    return c == 0xFE0E || c == 0xFE0F || c == 0x200D || c == 0x20E3 ||
           (c >= 0x1F3FB && c <= 0x1F3FF) || (c >= 0xE0020 && c <= 0xE007F);
}

bool isEmoji(char32_t c)
{
    return QChar::category(c) == QChar::Symbol_Other || (c >= 0x1F000 && c <= 0x1FAFF);
}

bool isClauseEnd(char32_t c)
{
    static constexpr std::u16string_view ends = u".,;:!?\u2026\u3002\u3001\uFF01\uFF1F\uFF0C";
    return c <= 0xFFFF && ends.find(char16_t(c)) != std::u16string_view::npos;
}

bool isQuestionMark(char32_t c)
{
    return c == u'?' || c == 0xFF1F;
}
bool isExclamationMark(char32_t c)
{
    return c == u'!' || c == 0xFF01;
}

bool isNegator(QStringView word)
{
    static constexpr std::array<std::u16string_view, 28> negators = {
        u"not",    u"no",      u"never",   u"nothing",  u"nobody",  u"none",  u"neither",
        u"nor",    u"nowhere", u"cannot",  u"without",  u"dont",    u"cant",  u"wont",
        u"isnt",   u"arent",   u"wasnt",   u"werent",   u"doesnt",  u"didnt", u"hasnt",
        u"havent", u"hadnt",   u"couldnt", u"shouldnt", u"wouldnt", u"aint",  u"nope",
    };
    if (word.endsWith(u"n't"))
        return true;
    const std::u16string_view w(word.utf16(), std::size_t(word.size()));
    return std::find(negators.begin(), negators.end(), w) != negators.end();
}

struct Emoticon {
    std::u16string_view spelling;
    std::u16string_view canonical;
};

// Longer spellings first, so ":-)" wins over ":-".
constexpr std::array<Emoticon, 47> emoticons = {{
    {u":'-(", u":'("}, {u":'(", u":'("}, {u":-)", u":)"}, {u":o)", u":)"}, {u":)", u":)"},
    {u"=)", u":)"},    {u":]", u":)"},   {u"(:", u":)"},  {u"^_^", u"^^"}, {u"^^", u"^^"},
    {u":-D", u":D"},   {u":D", u":D"},   {u"=D", u":D"},  {u"xD", u":D"},  {u"XD", u":D"},
    {u";-)", u";)"},   {u";)", u";)"},   {u";D", u";)"},  {u":-(", u":("}, {u":(", u":("},
    {u"=(", u":("},    {u":[", u":("},   {u":-P", u":P"}, {u":-p", u":P"}, {u":P", u":P"},
    {u":p", u":P"},    {u";P", u":P"},   {u";p", u":P"},  {u"xP", u":P"},  {u":-/", u":/"},
    {u":/", u":/"},    {u":-\\", u":/"}, {u":\\", u":/"}, {u":S", u":/"},  {u":s", u":/"},
    {u":-|", u":|"},   {u":|", u":|"},   {u":-O", u":O"}, {u":O", u":O"},  {u":o", u":O"},
    {u"o_O", u":O"},   {u"O_o", u":O"},  {u"o.O", u":O"}, {u":-*", u":*"}, {u":*", u":*"},
    {u"</3", u"</3"},  {u"<3", u"<3"},
}};

QString decodeEntitiesAndQuotes(QStringView text)
{
    QString s = text.toString();
    s.replace(QLatin1String("&amp;"), QLatin1String("&"));
    s.replace(QLatin1String("&lt;"), QLatin1String("<"));
    s.replace(QLatin1String("&gt;"), QLatin1String(">"));
    s.replace(QLatin1String("&quot;"), QLatin1String("\""));
    s.replace(QChar(0x2019), QLatin1Char('\''));
    s.replace(QChar(0x2018), QLatin1Char('\''));
    return s;
}

class Scanner {
public:
    explicit Scanner(QStringView text)
        : m_text(text)
    {
        m_out.tokens.reserve(text.size() / 4 + 1);
    }

    TokenizedText run();

private:
    CodePoint at(qsizetype i) const { return codePointAt(m_text, i); }
    bool followsWordPart() const { return m_pos > 0 && isWordPart(m_text[m_pos - 1].unicode()); }
    bool atUrl() const;
    bool readEmoticon();
    void readWord(TokenKind kind, qsizetype start);
    void readHandle();
    void readPunctuation();
    void emit(Token token);

    QStringView m_text;
    qsizetype m_pos = 0;
    QString m_negator;
    TokenizedText m_out;
};

TokenizedText Scanner::run()
{
    while (m_pos < m_text.size()) {
        const CodePoint c = at(m_pos);
        if (QChar::isSpace(c.value) || isEmojiModifier(c.value)) {
            m_pos += c.size;
        } else if (atUrl()) {
            while (m_pos < m_text.size() && !m_text[m_pos].isSpace())
                ++m_pos;
            emit({TokenKind::Url, u"<url>"_qs, {}, false, false});
        } else if (c.value == u'@' && isWordPart(at(m_pos + 1).value) && !followsWordPart()) {
            readHandle();
        } else if (c.value == u'#' && isWordPart(at(m_pos + 1).value)) {
            readWord(TokenKind::Hashtag, m_pos + 1);
        } else if (readEmoticon()) {
            continue;
        } else if (isWordPart(c.value)) {
            readWord(TokenKind::Word, m_pos);
        } else if (isEmoji(c.value)) {
            emit({TokenKind::Emoji, QString::fromUcs4(&c.value, 1), {}, false, false});
            m_pos += c.size;
        } else if (isQuestionMark(c.value) || isExclamationMark(c.value)) {
            readPunctuation();
        } else {
            if (isClauseEnd(c.value))
                m_negator.clear();
            m_pos += c.size;
        }
    }
    return std::move(m_out);
}

bool Scanner::atUrl() const
{
    if (followsWordPart())
        return false;
    const QStringView rest = m_text.sliced(m_pos);
    return rest.startsWith(u"http://", Qt::CaseInsensitive) ||
           rest.startsWith(u"https://", Qt::CaseInsensitive) ||
           rest.startsWith(u"www.", Qt::CaseInsensitive);
}

bool Scanner::readEmoticon()
{
    static constexpr std::u16string_view starts = u":;=(^xXoO<";
    if (starts.find(m_text[m_pos].unicode()) == std::u16string_view::npos)
        return false;
    const QStringView rest = m_text.sliced(m_pos);
    for (const Emoticon& e : emoticons) {
        const QStringView spelling(e.spelling.data(), qsizetype(e.spelling.size()));
        if (!rest.startsWith(spelling))
            continue;
        const char16_t first = e.spelling.front();
        const char16_t last = e.spelling.back();
        if ((first == u'x' || first == u'X' || first == u'o' || first == u'O') && followsWordPart())
            continue;
        qsizetype end = m_pos + spelling.size();
        const bool repeatable = last == u')' || last == u'(' || last == u'D' || last == u'3';
        while (repeatable && end < m_text.size() && m_text[end] == QChar(last))
            ++end;
        if (QChar(last).isLetterOrNumber() && end < m_text.size() &&
            isWordPart(codePointAt(m_text, end).value))
            continue;
        if (last == u'/' && end < m_text.size() && m_text[end] == u'/')
            continue;
        emit({TokenKind::Emoticon,
              QStringView(e.canonical.data(), qsizetype(e.canonical.size())).toString(),
              {},
              false,
              false});
        m_pos = end;
        return true;
    }
    return false;
}

void Scanner::readWord(TokenKind kind, qsizetype start)
{
    QString word;
    word.reserve(16);
    int letters = 0;
    int upperLetters = 0;
    bool elongated = false;
    char32_t previous = 0;
    int run = 0;
    qsizetype i = start;
    while (i < m_text.size()) {
        const CodePoint c = at(i);
        const char32_t next = at(i + c.size).value;
        const bool innerApostrophe = c.value == u'\'' && !word.isEmpty() && isWordPart(next);
        const bool innerSeparator = (c.value == u'.' || c.value == u',') && letters == 0 &&
                                    !word.isEmpty() && QChar::isDigit(next);
        const bool tagUnderscore = kind == TokenKind::Hashtag && c.value == u'_';
        if (!isWordPart(c.value) && !innerApostrophe && !innerSeparator && !tagUnderscore)
            break;
        i += c.size;
        if (isEmojiModifier(c.value))
            continue;
        const char32_t lower = toLower(c.value);
        run = lower == previous ? run + 1 : 1;
        previous = lower;
        if (isLetter(c.value)) {
            if (run > 2) {
                elongated = true;
                continue;
            }
            ++letters;
            if (isUpper(c.value))
                ++upperLetters;
        }
        if (QChar::requiresSurrogates(lower)) {
            word.append(QChar(QChar::highSurrogate(lower)));
            word.append(QChar(QChar::lowSurrogate(lower)));
        } else {
            word.append(QChar(char16_t(lower)));
        }
    }
    m_pos = i;
    // Emoji modifiers and variation selectors alone make no word.
    if (word.isEmpty())
        return;
    if (kind == TokenKind::Word && letters == 0 && QChar::isDigit(word[0].unicode()))
        kind = TokenKind::Number;
    const bool shouted = kind == TokenKind::Word && letters >= 3 && upperLetters == letters;
    Token token{kind, kind == TokenKind::Number ? u"<num>"_qs : word, {}, elongated, shouted};
    if (kind == TokenKind::Word && isNegator(word)) {
        emit(std::move(token));
        m_negator = word;
        return;
    }
    if (kind == TokenKind::Word && word == u"but")
        m_negator.clear();
    if (kind == TokenKind::Word || kind == TokenKind::Hashtag)
        token.negatedBy = m_negator;
    emit(std::move(token));
}

void Scanner::readHandle()
{
    qsizetype i = m_pos + 1;
    while (i < m_text.size()) {
        const CodePoint c = at(i);
        const bool joiner = c.value == u'.' || c.value == u'-' || c.value == u'@';
        if (isWordPart(c.value) || c.value == u'_' || (joiner && isWordPart(at(i + 1).value)))
            i += c.size;
        else
            break;
    }
    m_pos = i;
    emit({TokenKind::Handle, u"@user"_qs, {}, false, false});
}

void Scanner::readPunctuation()
{
    int questions = 0;
    int exclamations = 0;
    while (m_pos < m_text.size()) {
        const char32_t c = at(m_pos).value;
        if (isQuestionMark(c))
            ++questions;
        else if (isExclamationMark(c))
            ++exclamations;
        else
            break;
        ++m_pos;
    }
    m_negator.clear();
    if (questions > 0)
        emit({TokenKind::Punctuation, u"?"_qs, {}, false, false});
    if (exclamations > 0)
        emit({TokenKind::Punctuation, u"!"_qs, {}, false, false});
    if (exclamations > 1)
        ++m_out.intensity.exclamationRuns;
}

void Scanner::emit(Token token)
{
    if (token.elongated)
        ++m_out.intensity.elongatedWords;
    if (token.shouted)
        ++m_out.intensity.shoutedWords;
    m_out.tokens.append(std::move(token));
}

bool needsDecoding(QStringView text)
{
    return text.contains(u'&') || text.contains(QChar(0x2019)) || text.contains(QChar(0x2018));
}

} // namespace

TokenizedText tokenize(QStringView text)
{
    if (needsDecoding(text)) {
        const QString decoded = decodeEntitiesAndQuotes(text);
        return Scanner(decoded).run();
    }
    return Scanner(text).run();
}

} // namespace hearken
