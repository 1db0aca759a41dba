// SPDX-License-Identifier: GPL-3.0-or-later
#include "outbox/reply_length.h"

#include <QRegularExpression>
#include <QTextBoundaryFinder>

namespace hearken {

namespace {

int graphemes(QStringView text)
{
    const QString copy = text.toString();
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, copy);
    int count = 0;
    while (finder.toNextBoundary() > 0)
        ++count;
    return count;
}

int codePoints(QStringView text)
{
    int count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!text[i].isLowSurrogate())
            ++count;
    }
    return count;
}

int linksAsFixedLength(QStringView text, int linkLength)
{
    static const QRegularExpression counted(uR"((https?://\S+)|(?<![\w@])@(\w+)@[\w.-]+\w)"_qs,
                                            QRegularExpression::UseUnicodePropertiesOption);
    int length = 0;
    qsizetype from = 0;
    auto matches = counted.globalMatch(text);
    while (matches.hasNext()) {
        const auto match = matches.next();
        length += codePoints(text.mid(from, match.capturedStart() - from));
        length += match.hasCaptured(1) ? linkLength : 1 + codePoints(match.capturedView(2));
        from = match.capturedEnd();
    }
    return length + codePoints(text.mid(from));
}

} // namespace

ReplyRules replyRules(const ReplyRules& defaults, const QHash<QString, QString>& syncState)
{
    ReplyRules rules = defaults;
    bool ok = false;
    const int limit = syncState.value(serverMaxCharactersKey).toInt(&ok);
    if (ok && limit > 0)
        rules.limit = limit;
    const int linkLength = syncState.value(serverLinkLengthKey).toInt(&ok);
    if (ok && linkLength > 0)
        rules.linkLength = linkLength;
    return rules;
}

int replyLength(QStringView text, const ReplyRules& rules)
{
    switch (rules.counting) {
    case ReplyCounting::Graphemes:
        return graphemes(text);
    case ReplyCounting::LinksAsFixedLength:
        return linksAsFixedLength(text, rules.linkLength);
    case ReplyCounting::CodePoints:
        break;
    }
    return codePoints(text);
}

} // namespace hearken
