// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringView>
#include <QTimeZone>

#include <array>
#include <optional>

namespace hearken {

// The hours of a week the team answers in, as wall-clock times of the workspace's time zone.
struct WeeklyHours {
    struct Span {
        int startMinute = 0; // minutes after local midnight
        int endMinute = 0;   // exclusive; 24 * 60 is midnight at the end of the day
        friend bool operator==(const Span&, const Span&) = default;
    };
    // Index 0 is Monday, 6 is Sunday.
    std::array<QList<Span>, 7> days;

    bool isEmpty() const;
    friend bool operator==(const WeeklyHours&, const WeeklyHours&) = default;

    // "mon-fri 09:00-17:00; sat 10:00-14:00", several spans per day allowed
    // ("mon-fri 09:00-12:00 13:00-17:00"). Empty text means no business hours.
    static std::optional<WeeklyHours> parse(QStringView text, QString* error = nullptr);
    QString toText() const;
};

// Counts the seconds between two instants that fall inside the business hours, correct across
// daylight-saving changes: each local day's spans are turned into UTC with the zone's rules of
// that day. Built once for a range of instants; instants outside it are clamped to it.
class BusinessClock {
public:
    // Without hours every second counts.
    BusinessClock() = default;
    BusinessClock(const WeeklyHours& hours, const QTimeZone& zone, qint64 from, qint64 to);

    bool countsAllSeconds() const { return m_all; }
    // Business seconds in [from, to); 0 when to <= from.
    qint64 seconds(qint64 from, qint64 to) const;

private:
    // Business seconds from the start of the range up to `at`.
    qint64 elapsed(qint64 at) const;

    bool m_all = true;
    QList<std::pair<qint64, qint64>> m_spans; // UTC [start, end), sorted, disjoint
    QList<qint64> m_before;                   // business seconds before each span
};

} // namespace hearken
