// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/report_text.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace hearken {

namespace {
// The translation context of this file's texts.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(hearken::ReportText)
};

} // namespace

QString durationText(std::optional<qint64> seconds)
{
    if (!seconds)
        return QStringLiteral("–");
    const qint64 minutes = (*seconds + 30) / 60;
    if (minutes < 60)
        return Text::tr("%1 min").arg(minutes);
    const qint64 hours = minutes / 60;
    if (hours < 24)
        return minutes % 60 ? Text::tr("%1 h %2 min").arg(hours).arg(minutes % 60)
                            : Text::tr("%1 h").arg(hours);
    return hours % 24 ? Text::tr("%1 d %2 h").arg(hours / 24).arg(hours % 24)
                      : Text::tr("%1 d").arg(hours / 24);
}

QString rateText(const Rate& rate)
{
    const auto share = rate.share();
    return share ? Text::tr("%1 %").arg(std::lround(*share * 100)) : QStringLiteral("–");
}

QString rateDetailText(const Rate& rate)
{
    return Text::tr("%1 of %2 (%3)").arg(rate.met).arg(rate.total).arg(rateText(rate));
}

QString changeText(qint64 now, qint64 before)
{
    const qint64 change = now - before;
    if (change == 0)
        return QStringLiteral("±0");
    return change > 0 ? u'+' + QString::number(change) : u'−' + QString::number(-change);
}

QString periodText(const ReportRequest& request)
{
    const QLocale locale;
    return QStringLiteral("%1 – %2").arg(locale.toString(request.from, QLocale::LongFormat),
                                         locale.toString(request.to, QLocale::LongFormat));
}

QString actorText(const QString& actor)
{
    return actor.isEmpty() ? Text::tr("not recorded") : actor;
}

QString assigneeText(const AssigneeRecord& record)
{
    return record.teammateId == 0 ? Text::tr("Unassigned") : record.name;
}

TextTable peopleTable(const QList<PersonRecord>& people)
{
    TextTable table{{Text::tr("Person"), Text::tr("Answered"), Text::tr("First answer, median"),
                     Text::tr("First answer, 90th percentile"), Text::tr("Thanked"),
                     Text::tr("Handed over")},
                    {}};
    for (const PersonRecord& p : people)
        table.rows.append({p.name, QString::number(p.answered), durationText(p.firstAnswer.median),
                           durationText(p.firstAnswer.p90), QString::number(p.thanked),
                           QString::number(p.handedOver)});
    return table;
}

TextTable waitingTable(const QList<WaitingOn>& waiting, qint64 now)
{
    TextTable table{{Text::tr("Waiting on"), Text::tr("Open items"), Text::tr("Oldest waits")}, {}};
    for (const WaitingOn& w : waiting)
        table.rows.append({w.teammateId == 0 ? Text::tr("Nobody (unassigned)") : w.name,
                           QString::number(w.open),
                           durationText(std::max<qint64>(0, now - w.oldestReceivedAt))});
    return table;
}

} // namespace hearken
