// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/queue_printer.h"

#include "domain/safe_text.h"
#include "workflow/time_text.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace hearken::cli {

namespace {

QStringList flagNames(Flags flags)
{
    QStringList names;
    for (Flag flag : allFlags) {
        if (flags.testFlag(flag))
            names << flagName(flag);
    }
    return names;
}

QString isoTime(const std::optional<qint64>& seconds)
{
    return seconds ? QDateTime::fromSecsSinceEpoch(*seconds, Qt::UTC).toString(Qt::ISODate)
                   : QString();
}

QJsonValue jsonTime(const std::optional<qint64>& seconds)
{
    return seconds ? QJsonValue(isoTime(seconds)) : QJsonValue(QJsonValue::Null);
}

// Pads or cuts to a column width, counting what a terminal shows; text from a network prints
// nothing a terminal would act on.
QString column(QStringView value, int width)
{
    QString text = displayText(value);
    text.replace(u'\n', u' ');
    text.replace(u'\t', u' ');
    if (text.size() > width)
        return text.left(width - 1) + u'…';
    return text.leftJustified(width);
}

} // namespace

QueuePrinter::QueuePrinter(QTextStream& out, bool json, qint64 now, ResponseTargets targets)
    : m_out(out)
    , m_json(json)
    , m_now(now)
    , m_targets(targets)
{}

void QueuePrinter::print(const QueueItem& item)
{
    if (m_json) {
        printJson(item);
        return;
    }
    if (!m_headerPrinted)
        printHeader();
    printText(item);
}

void QueuePrinter::printHeader()
{
    m_out << column(QStringLiteral("ID"), 8) << ' ' << column(QStringLiteral("NETWORK"), 9) << ' '
          << column(QStringLiteral("AUTHOR"), 26) << ' ' << column(QStringLiteral("TONE"), 10)
          << ' ' << column(QStringLiteral("FLAGS"), 28) << ' ' << column(QStringLiteral("STATE"), 9)
          << ' ' << column(QStringLiteral("ASSIGNEE"), 14) << ' '
          << column(QStringLiteral("AGE"), 6) << ' ' << QStringLiteral("TEXT") << '\n';
    m_headerPrinted = true;
}

void QueuePrinter::printText(const QueueItem& item)
{
    QString tone = item.facts.tone ? toneName(*item.facts.tone) : QStringLiteral("-");
    if (item.facts.isQuestion)
        tone += u'?';
    const QStringList flags = flagNames(flagsOf(item.facts, m_now, m_targets));
    m_out << column(QString::number(item.postId), 8) << ' ' << column(item.network, 9) << ' '
          << column(item.authorHandle, 26) << ' ' << column(tone, 10) << ' '
          << column(flags.isEmpty() ? QStringLiteral("-") : flags.join(u','), 28) << ' '
          << column(itemStateName(item.facts.state), 9) << ' '
          << column(item.assigneeName.isEmpty() ? QStringLiteral("-") : item.assigneeName, 14)
          << ' ' << column(ageText(m_now - item.facts.receivedAt), 6) << ' '
          << column(item.text, 80).trimmed() << '\n';
}

void QueuePrinter::printJson(const QueueItem& item)
{
    QJsonObject json{
        {QStringLiteral("id"), item.postId},
        {QStringLiteral("network"), item.network},
        {QStringLiteral("account"), item.accountHandle},
        {QStringLiteral("kind"), postKindName(item.kind)},
        {QStringLiteral("author"), item.authorHandle},
        {QStringLiteral("author_name"), item.authorName},
        {QStringLiteral("text"), item.text},
        {QStringLiteral("received_at"), isoTime(item.facts.receivedAt)},
        {QStringLiteral("state"), itemStateName(item.facts.state)},
        {QStringLiteral("tone"),
         item.facts.tone ? QJsonValue(toneName(*item.facts.tone)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("tone_source"), item.triage.toneSource
                                            ? QJsonValue(toneSourceName(*item.triage.toneSource))
                                            : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("tone_confidence"), item.triage.toneConfidence},
        {QStringLiteral("question"), item.facts.isQuestion},
        {QStringLiteral("flags"),
         QJsonArray::fromStringList(flagNames(flagsOf(item.facts, m_now, m_targets)))},
        {QStringLiteral("assignee"), item.assigneeName.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                 : QJsonValue(item.assigneeName)},
        {QStringLiteral("snoozed_until"), jsonTime(item.triage.snoozedUntil)},
        {QStringLiteral("answered_at"), jsonTime(item.facts.answeredAt)},
        {QStringLiteral("thanked_at"), jsonTime(item.facts.thankedAt)},
    };
    m_out << safeJson(QJsonDocument(json)) << '\n';
}

} // namespace hearken::cli
