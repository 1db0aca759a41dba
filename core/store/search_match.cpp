// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/search_match.h"

#include <algorithm>
#include <sqlite3.h>

namespace hearken {

namespace {

// The combining marks remove_diacritics drops: those of the precomposed Latin letters. Other
// marks stay part of the word.
bool isDroppedMark(char32_t c)
{
    return (c >= 0x300 && c <= 0x304) || (c >= 0x306 && c <= 0x30c) || c == 0x30f || c == 0x311 ||
           c == 0x31b || (c >= 0x323 && c <= 0x328) || c == 0x32d || c == 0x32e || c == 0x330 ||
           c == 0x331;
}

bool isWordCharacter(char32_t c)
{
    if (c < 0x80)
        return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
    switch (QChar::category(c)) {
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Mark_Enclosing:
    case QChar::Number_DecimalDigit:
    case QChar::Number_Letter:
    case QChar::Number_Other:
    case QChar::Letter_Uppercase:
    case QChar::Letter_Lowercase:
    case QChar::Letter_Titlecase:
    case QChar::Letter_Modifier:
    case QChar::Letter_Other:
    case QChar::Other_PrivateUse:
        return true;
    default:
        return false;
    }
}

// A character as the index keeps it: case folded, and a Latin letter's accents dropped when
// what is left is a plain ASCII letter (FTS5's table covers Latin-1 to Latin Extended-B and
// Latin Extended Additional; it keeps U+01E1, a with dot above and macron, as it is).
void appendFolded(QString& word, char32_t c)
{
    if (isDroppedMark(c))
        return;
    char32_t folded = QChar::toCaseFolded(c);
    const bool latin =
        (folded >= 0xc0 && folded <= 0x24f) || (folded >= 0x1e00 && folded <= 0x1eff);
    if (latin && folded != 0x1e1) {
        char32_t base = folded;
        while (QChar::decompositionTag(base) == QChar::Canonical)
            base = QChar::decomposition(base).toUcs4().value(0, base);
        if (base < 0x80)
            folded = QChar::toCaseFolded(base);
    }
    if (QChar::requiresSurrogates(folded)) {
        word += QChar(QChar::highSurrogate(folded));
        word += QChar(QChar::lowSurrogate(folded));
    } else {
        word += QChar(char16_t(folded));
    }
}

QList<QString> wordsOf(QStringView text)
{
    QList<QString> words;
    QString word;
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text[i].unicode();
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text[i], text[i + 1]);
            ++i;
        }
        if (isWordCharacter(c)) {
            appendFolded(word, c);
            continue;
        }
        if (!word.isEmpty())
            words.append(std::exchange(word, QString()));
    }
    if (!word.isEmpty())
        words.append(word);
    return words;
}

QStringView textOf(sqlite3_value* value)
{
    const auto* text = static_cast<const char16_t*>(sqlite3_value_text16(value));
    return text ? QStringView(text, sqlite3_value_bytes16(value) / 2) : QStringView();
}

void matchFunction(sqlite3_context* context, int, sqlite3_value** arguments)
{
    const QStringView text = textOf(arguments[1]);
    const QStringView author = textOf(arguments[2]);
    // The query is the same for every row of a statement: it is read once.
    if (const auto* search = static_cast<const SearchMatch*>(sqlite3_get_auxdata(context, 0))) {
        sqlite3_result_int(context, search->matches(text, author));
        return;
    }
    auto* search = new SearchMatch(textOf(arguments[0]));
    sqlite3_result_int(context, search->matches(text, author));
    // Last: SQLite may delete it before this returns.
    sqlite3_set_auxdata(context, 0, search,
                        [](void* data) { delete static_cast<SearchMatch*>(data); });
}

} // namespace

SearchMatch::SearchMatch(QStringView query)
{
    // Phrases are quoted; a '*' right after the closing quote makes the last word a prefix.
    // A phrase without words asks for nothing, as in FTS5.
    qsizetype open = query.indexOf(u'"');
    while (open >= 0) {
        const qsizetype close = query.indexOf(u'"', open + 1);
        if (close < 0)
            break;
        Phrase phrase{wordsOf(query.sliced(open + 1, close - open - 1)),
                      close + 1 < query.size() && query[close + 1] == u'*'};
        if (!phrase.words.isEmpty())
            m_phrases.append(std::move(phrase));
        open = query.indexOf(u'"', close + 1);
    }
}

bool SearchMatch::matches(QStringView text, QStringView author) const
{
    if (m_phrases.isEmpty())
        return false;
    const QList<QString> textWords = wordsOf(text);
    const QList<QString> authorWords = wordsOf(author);
    return std::all_of(m_phrases.cbegin(), m_phrases.cend(), [&](const Phrase& phrase) {
        return occursIn(phrase, textWords) || occursIn(phrase, authorWords);
    });
}

bool SearchMatch::occursIn(const Phrase& phrase, const QList<QString>& words) const
{
    const qsizetype last = phrase.words.size() - 1;
    for (qsizetype start = 0; start + last < words.size(); ++start) {
        bool found = true;
        for (qsizetype i = 0; found && i < last; ++i)
            found = words[start + i] == phrase.words[i];
        const QString& word = words[start + last];
        if (found &&
            (phrase.prefix ? word.startsWith(phrase.words[last]) : word == phrase.words[last]))
            return true;
    }
    return false;
}

bool SearchMatch::addFunction(sqlite3* db)
{
    return sqlite3_create_function_v2(db, "hearken_search_match", 3,
                                      SQLITE_UTF16 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
                                      nullptr, matchFunction, nullptr, nullptr,
                                      nullptr) == SQLITE_OK;
}

} // namespace hearken
