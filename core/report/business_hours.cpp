// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/business_hours.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>

#include <algorithm>

namespace hearken {

namespace {

constexpr int minutesPerDay = 24 * 60;
const char* const dayNames[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};

std::optional<int> dayIndex(QStringView name)
{
    for (int i = 0; i < 7; ++i) {
        if (name.compare(QLatin1String(dayNames[i]), Qt::CaseInsensitive) == 0)
            return i;
    }
    return std::nullopt;
}

std::optional<int> minuteOf(QStringView time)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,2}):(\\d{2})$"));
    const auto match = pattern.match(time.toString());
    if (!match.hasMatch())
        return std::nullopt;
    const int hours = match.capturedView(1).toInt();
    const int minutes = match.capturedView(2).toInt();
    if (minutes > 59 || hours > 24 || (hours == 24 && minutes != 0))
        return std::nullopt;
    return hours * 60 + minutes;
}

QString timeText(int minute)
{
    return QStringLiteral("%1:%2")
        .arg(minute / 60, 2, 10, QLatin1Char('0'))
        .arg(minute % 60, 2, 10, QLatin1Char('0'));
}

// The translation context of this file's texts.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(hearken::WeeklyHours)
};

} // namespace

bool WeeklyHours::isEmpty() const
{
    return std::all_of(days.begin(), days.end(), [](const auto& day) { return day.isEmpty(); });
}

std::optional<WeeklyHours> WeeklyHours::parse(QStringView text, QString* error)
{
    auto fail = [error](const QString& message) -> std::optional<WeeklyHours> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    WeeklyHours hours;
    for (QStringView entry : text.split(u';', Qt::SkipEmptyParts)) {
        const auto words = entry.trimmed().split(u' ', Qt::SkipEmptyParts);
        if (words.isEmpty())
            continue;
        if (words.size() < 2)
            return fail(Text::tr("“%1” names days but no hours, as in “mon-fri 09:00-17:00”.")
                            .arg(entry.trimmed()));
        const auto dayRange = words[0].split(u'-');
        const auto first = dayIndex(dayRange.value(0));
        const auto last = dayRange.size() == 2 ? dayIndex(dayRange[1]) : first;
        if (dayRange.size() > 2 || !first || !last)
            return fail(
                Text::tr("“%1” is not a day or a range of days such as “mon-fri”.").arg(words[0]));
        for (qsizetype w = 1; w < words.size(); ++w) {
            const auto times = words[w].split(u'-');
            const auto start = times.size() == 2 ? minuteOf(times[0]) : std::nullopt;
            const auto end = times.size() == 2 ? minuteOf(times[1]) : std::nullopt;
            if (!start || !end || *end <= *start)
                return fail(
                    Text::tr("“%1” is not a span of hours such as “09:00-17:00”.").arg(words[w]));
            for (int d = *first;; d = (d + 1) % 7) {
                hours.days[std::size_t(d)].append({*start, *end});
                if (d == *last)
                    break;
            }
        }
    }
    for (std::size_t d = 0; d < hours.days.size(); ++d) {
        QList<Span>& day = hours.days[d];
        std::sort(day.begin(), day.end(),
                  [](const Span& a, const Span& b) { return a.startMinute < b.startMinute; });
        for (qsizetype i = 1; i < day.size(); ++i) {
            if (day[i].startMinute < day[i - 1].endMinute)
                return fail(
                    Text::tr("Business hours overlap on %1.").arg(QLatin1String(dayNames[d])));
        }
    }
    return hours;
}

QString WeeklyHours::toText() const
{
    QStringList entries;
    for (std::size_t d = 0; d < days.size(); ++d) {
        if (days[d].isEmpty())
            continue;
        QString entry = QLatin1String(dayNames[d]);
        for (const Span& span : days[d])
            entry += u' ' + timeText(span.startMinute) + u'-' + timeText(span.endMinute);
        entries.append(entry);
    }
    return entries.join(QStringLiteral("; "));
}

BusinessClock::BusinessClock(const WeeklyHours& hours, const QTimeZone& zone, qint64 from,
                             qint64 to)
    : m_all(hours.isEmpty())
{
    if (m_all)
        return;
    // One day either side: a local day can begin before `from` in UTC.
    const QDate first = QDateTime::fromSecsSinceEpoch(from, zone).date().addDays(-1);
    const QDate last = QDateTime::fromSecsSinceEpoch(std::max(from, to), zone).date().addDays(1);
    auto instant = [&zone](QDate day, int minute) {
        if (minute >= minutesPerDay)
            return QDateTime(day.addDays(1), QTime(0, 0), zone).toSecsSinceEpoch();
        return QDateTime(day, QTime(minute / 60, minute % 60), zone).toSecsSinceEpoch();
    };
    for (QDate day = first; day <= last; day = day.addDays(1)) {
        for (const WeeklyHours::Span& span : hours.days[std::size_t(day.dayOfWeek() - 1)]) {
            const qint64 start = instant(day, span.startMinute);
            const qint64 end = instant(day, span.endMinute);
            if (end <= start)
                continue;
            // A span ending at midnight meets the next day's span starting at midnight, and a
            // repeated hour when clocks go back can make spans meet: join them.
            if (!m_spans.isEmpty() && start <= m_spans.last().second)
                m_spans.last().second = std::max(m_spans.last().second, end);
            else
                m_spans.append({start, end});
        }
    }
    qint64 total = 0;
    m_before.reserve(m_spans.size());
    for (const auto& [start, end] : m_spans) {
        m_before.append(total);
        total += end - start;
    }
}

qint64 BusinessClock::elapsed(qint64 at) const
{
    // The last span starting at or before `at`.
    auto after = std::upper_bound(m_spans.cbegin(), m_spans.cend(), at,
                                  [](qint64 t, const auto& span) { return t < span.first; });
    if (after == m_spans.cbegin())
        return 0;
    const auto index = std::distance(m_spans.cbegin(), after) - 1;
    const auto& [start, end] = m_spans[index];
    return m_before[index] + std::min(at, end) - start;
}

qint64 BusinessClock::seconds(qint64 from, qint64 to) const
{
    if (to <= from)
        return 0;
    if (m_all)
        return to - from;
    return elapsed(to) - elapsed(from);
}

} // namespace hearken
