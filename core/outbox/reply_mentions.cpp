// SPDX-License-Identifier: GPL-3.0-or-later
#include "outbox/reply_mentions.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

namespace hearken {

namespace {

// "@ana@example.social" and "@ana" both name the user "ana".
QString userName(QStringView handle)
{
    const QStringView bare = handle.startsWith(u'@') ? handle.mid(1) : handle;
    const qsizetype at = bare.indexOf(u'@');
    return (at < 0 ? bare : bare.left(at)).toString().toCaseFolded();
}

} // namespace

QString replyMentions(const Post& post, QStringView ourHandle, const ReplyRules& rules)
{
    if (!rules.mentionsEveryone)
        return {};
    static const QRegularExpression mention(uR"((?<![\w@/])@\w+(?:@[\w-]+(?:\.[\w-]+)+)?)"_qs,
                                            QRegularExpression::UseUnicodePropertiesOption);
    const QString ours = userName(ourHandle);
    QStringList handles;
    QStringList seen{ours};
    const auto add = [&](const QString& handle) {
        const QString name = userName(handle);
        if (name.isEmpty() || seen.contains(name))
            return;
        seen << name;
        handles << (handle.startsWith(u'@') ? handle : u'@' + handle);
    };
    add(post.author.handle);
    for (const QRegularExpressionMatch& match : mention.globalMatch(post.text))
        add(match.captured());
    return handles.isEmpty() ? QString() : handles.join(u' ') + u' ';
}

bool hasOwnWords(QStringView text)
{
    qsizetype at = 0;
    for (;;) {
        while (at < text.size() && text[at].isSpace())
            ++at;
        if (at == text.size())
            return false;
        if (text[at] != u'@')
            return true;
        while (at < text.size() && !text[at].isSpace())
            ++at;
    }
}

QString noOwnWordsMessage()
{
    return QCoreApplication::translate("hearken::outbox",
                                       "The reply holds only @mentions. Write what you want to "
                                       "say after them, then send it.");
}

QString withReplyMentions(const QString& text, const Post& post, QStringView ourHandle,
                          const ReplyRules& rules)
{
    const QString mentions = replyMentions(post, ourHandle, rules);
    const QString author = u'@' + userName(post.author.handle);
    if (mentions.isEmpty() || text.contains(author, Qt::CaseInsensitive))
        return text;
    return mentions + text;
}

} // namespace hearken
