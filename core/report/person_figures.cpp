// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/person_figures.h"

#include "report/report_metrics.h"

#include <algorithm>

namespace hearken {

PersonCounter::PersonCounter(const BusinessClock& clock)
    : m_clock(clock)
{}

void PersonCounter::countOnce(Person& person, Figure figure)
{
    QSet<QString>& counted = m_counted[int(figure)];
    if (counted.contains(person.record.name))
        return;
    counted.insert(person.record.name);
    switch (figure) {
    case Figure::Answered:
        ++person.record.answered;
        break;
    case Figure::Thanked:
        ++person.record.thanked;
        break;
    case Figure::HandedOver:
        ++person.record.handedOver;
        break;
    }
}

void PersonCounter::add(const PersonEventRow& row)
{
    if (row.item.postId != m_item) {
        m_item = row.item.postId;
        m_itemAnsweredFirst = false;
        for (QSet<QString>& counted : m_counted)
            counted.clear();
    }
    Person& person = m_people[row.actor];
    person.record.name = row.actor;
    switch (row.kind) {
    case PersonEventRow::Kind::Reply:
        if (!row.item.answeredAt)
            break;
        countOnce(person, Figure::Answered);
        if (row.item.thankedAt)
            countOnce(person, Figure::Thanked);
        if (!m_itemAnsweredFirst) {
            m_itemAnsweredFirst = true;
            person.firstAnswerTimes.push_back(*firstResponseSeconds(row.item, m_clock));
        }
        break;
    case PersonEventRow::Kind::Like:
        if (row.item.thankedAt)
            countOnce(person, Figure::Thanked);
        break;
    case PersonEventRow::Kind::HandOver:
        countOnce(person, Figure::HandedOver);
        break;
    }
}

QList<PersonRecord> PersonCounter::finish()
{
    QList<PersonRecord> people;
    for (Person& person : m_people) {
        PersonRecord record = person.record;
        record.firstAnswer.count = qint64(person.firstAnswerTimes.size());
        record.firstAnswer.median = percentile(person.firstAnswerTimes, 50);
        record.firstAnswer.p90 = percentile(person.firstAnswerTimes, 90);
        people.append(record);
    }
    std::sort(people.begin(), people.end(), [](const PersonRecord& a, const PersonRecord& b) {
        return a.name.localeAwareCompare(b.name) < 0;
    });
    return people;
}

QList<WaitingOn> namedWaiting(QList<WaitingOn> waiting, const QHash<qint64, QString>& names)
{
    for (WaitingOn& on : waiting)
        on.name = names.value(on.teammateId);
    std::sort(waiting.begin(), waiting.end(), [](const WaitingOn& a, const WaitingOn& b) {
        if ((a.teammateId == 0) != (b.teammateId == 0))
            return b.teammateId == 0;
        return a.name.localeAwareCompare(b.name) < 0;
    });
    return waiting;
}

} // namespace hearken
