// SPDX-License-Identifier: GPL-3.0-or-later
#include "outbox/robot_check.h"

#include "triage/reply_fingerprint.h"

#include <QSet>

namespace hearken {

namespace {

QSet<QString> shingles(QStringView text, QStringView name)
{
    const QSet<QString> nameWords = [&] {
        const QStringList words = replyFingerprint(name).split(u' ', Qt::SkipEmptyParts);
        return QSet<QString>(words.cbegin(), words.cend());
    }();
    QStringList words = replyFingerprint(text).split(u' ', Qt::SkipEmptyParts);
    words.removeIf([&](const QString& word) { return nameWords.contains(word); });
    QSet<QString> result;
    if (words.isEmpty())
        return result;
    if (words.size() < 3) {
        result.insert(words.join(u' '));
        return result;
    }
    for (qsizetype i = 0; i + 2 < words.size(); ++i)
        result.insert(words[i] + u' ' + words[i + 1] + u' ' + words[i + 2]);
    return result;
}

double jaccard(const QSet<QString>& a, const QSet<QString>& b)
{
    if (a.isEmpty() || b.isEmpty())
        return 0;
    qsizetype shared = 0;
    for (const QString& s : a)
        shared += b.contains(s) ? 1 : 0;
    return double(shared) / double(a.size() + b.size() - shared);
}

} // namespace

double replySimilarity(QStringView a, QStringView nameA, QStringView b, QStringView nameB)
{
    return jaccard(shingles(a, nameA), shingles(b, nameB));
}

RobotCheck::RobotCheck(const QList<RecentReply>& recent, const RobotCheckRules& rules)
    : m_rules(rules)
{
    m_sent.reserve(recent.size());
    for (const RecentReply& reply : recent)
        m_sent.append({reply.personId, shingles(reply.text, reply.personName)});
}

RobotWarning RobotCheck::check(QStringView text, qint64 personId, QStringView personName) const
{
    const QSet<QString> mine = shingles(text, personName);
    QSet<qint64> people;
    for (const Sent& sent : m_sent) {
        if (sent.personId == personId || people.contains(sent.personId))
            continue;
        if (jaccard(mine, sent.shingles) >= m_rules.threshold)
            people.insert(sent.personId);
    }
    const int count = int(people.size());
    return {count, count >= m_rules.minPeople};
}

RobotWarning checkForRobot(QStringView text, qint64 personId, QStringView personName,
                           const QList<RecentReply>& recent, const RobotCheckRules& rules)
{
    return RobotCheck(recent, rules).check(text, personId, personName);
}

} // namespace hearken
