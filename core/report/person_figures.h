// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/business_hours.h"
#include "report/report.h"
#include "store/report_repository.h"

#include <QHash>
#include <QSet>

#include <vector>

namespace hearken {

// Counts each person's figures (PersonRecord) from the lines of the history that
// ReportRepository::scanPersonEvents reads, item by item. An item counts once per person and
// figure however many lines they wrote on it; the time to first answer counts for the person
// who wrote the item's first reply.
class PersonCounter {
public:
    explicit PersonCounter(const BusinessClock& clock);

    void add(const PersonEventRow& row);
    // By name.
    QList<PersonRecord> finish();

private:
    struct Person {
        PersonRecord record;
        std::vector<qint64> firstAnswerTimes;
    };
    enum class Figure { Answered, Thanked, HandedOver };
    // Counts `figure` for `person` unless this item already counted it for them.
    void countOnce(Person& person, Figure figure);

    const BusinessClock& m_clock;
    QHash<QString, Person> m_people;
    qint64 m_item = 0;
    bool m_itemAnsweredFirst = false;
    // Who counted each figure for the item, by figure.
    QSet<QString> m_counted[3];
};

// Names the assignees of `waiting` and orders them: by name, the unassigned last.
QList<WaitingOn> namedWaiting(QList<WaitingOn> waiting, const QHash<qint64, QString>& names);

} // namespace hearken
