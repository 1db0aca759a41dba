// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/report.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace hearken {

// How the review view, the PDF and the command line say a report's figures.

// A response time: "45 min", "3 h 20 min", "2 d 4 h"; "–" when there is none.
QString durationText(std::optional<qint64> seconds);
// "75 %" (rounded), "–" when nothing was counted.
QString rateText(const Rate& rate);
// "3 of 4 (75 %)".
QString rateDetailText(const Rate& rate);
// A change against the previous period: "+12", "−3", "±0".
QString changeText(qint64 now, qint64 before);
// "2 March 2026 – 8 March 2026".
QString periodText(const ReportRequest& request);
// Who dismissed: the actor, or "not recorded" for items dismissed without an event.
QString actorText(const QString& actor);
// An assignee's name, or "Unassigned".
QString assigneeText(const AssigneeRecord& record);

// A table the review view and the exports show alike: its column names and its rows.
struct TextTable {
    QStringList columns;
    QList<QStringList> rows;
};
// The period's figures per person.
TextTable peopleTable(const QList<PersonRecord>& people);
// What waits on whom at `now`: open items and the oldest one's wait, per assignee.
TextTable waitingTable(const QList<WaitingOn>& waiting, qint64 now);

} // namespace hearken
