// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/report_csv.h"

#include "domain/safe_text.h"
#include "report/export_file.h"
#include "report/report_builder.h"
#include "report/report_metrics.h"
#include "store/report_repository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QIODevice>
#include <QRegularExpression>

namespace hearken {

namespace {

QString timeText(std::optional<qint64> at, const QTimeZone& zone)
{
    return at ? QDateTime::fromSecsSinceEpoch(*at, zone).toString(Qt::ISODate) : QString();
}

const TimelineEvent* lastState(const QList<TimelineEvent>& events, const QString& state)
{
    for (auto it = events.crbegin(); it != events.crend(); ++it) {
        if (it->kind == u"state" && it->detail == state)
            return &*it;
    }
    return nullptr;
}

int reopenings(const QList<TimelineEvent>& events)
{
    int count = 0;
    bool done = false;
    for (const TimelineEvent& event : events) {
        if (event.kind != u"state")
            continue;
        if (event.detail == u"done")
            done = true;
        else if (event.detail == u"open" && done) {
            ++count;
            done = false;
        }
    }
    return count;
}

QString history(const QList<TimelineEvent>& events, const QTimeZone& zone)
{
    QStringList lines;
    for (const TimelineEvent& event : events) {
        QString line = timeText(event.at, zone) + u' ' + event.actor + u' ' + event.kind;
        if (!event.detail.isEmpty())
            line += u' ' + event.detail.simplified();
        lines.append(line);
    }
    return lines.join(QStringLiteral(" | "));
}

// "met", "missed" or "pending" for one kind of target.
QString targetText(qint64 target, std::optional<qint64> respondedAt, qint64 receivedAt, qint64 now,
                   const BusinessClock& clock)
{
    const qint64 waited = clock.seconds(receivedAt, respondedAt.value_or(now));
    if (waited > target)
        return QStringLiteral("missed");
    return respondedAt ? QStringLiteral("met") : QStringLiteral("pending");
}

} // namespace

QStringList TimelineCsv::columns()
{
    return {QStringLiteral("item_id"),
            QStringLiteral("received_at"),
            QStringLiteral("network"),
            QStringLiteral("account"),
            QStringLiteral("author"),
            QStringLiteral("url"),
            QStringLiteral("tone"),
            QStringLiteral("question"),
            QStringLiteral("state"),
            QStringLiteral("assignee"),
            QStringLiteral("first_reply_at"),
            QStringLiteral("first_response_seconds"),
            QStringLiteral("own_replies"),
            QStringLiteral("thanked_at"),
            QStringLiteral("liked_at"),
            QStringLiteral("target"),
            QStringLiteral("done_at"),
            QStringLiteral("done_by"),
            QStringLiteral("dismissed_at"),
            QStringLiteral("dismissed_by"),
            QStringLiteral("reopened"),
            QStringLiteral("history"),
            QStringLiteral("text")};
}

namespace {

// RFC 4180 quoting alone.
QString quoted(QString field)
{
    if (field.contains(u',') || field.contains(u'"') || field.contains(u'\n') ||
        field.contains(u'\r')) {
        field.replace(u'"', QStringLiteral("\"\""));
        return u'"' + field + u'"';
    }
    return field;
}

} // namespace

QString csvField(const QString& value)
{
    QString field = displayText(value);
    // The full-width forms too: some spreadsheets read them as the ASCII ones.
    if (!field.isEmpty() &&
        QStringLiteral("=+-@\t\r\uFF1D\uFF0B\uFF0D\uFF20").contains(field.front()))
        field.prepend(u'\'');
    return quoted(field);
}

QString csvHandleField(const QString& handle)
{
    static const QRegularExpression plainHandle(
        QStringLiteral("^@[A-Za-z0-9_][A-Za-z0-9_.-]*(@[A-Za-z0-9][A-Za-z0-9.-]*)?$"));
    const QString field = displayText(handle);
    return field == handle && plainHandle.match(field).hasMatch() ? quoted(field)
                                                                  : csvField(handle);
}

tl::expected<qint64, QString> TimelineCsv::write(const ReportRepository& repository,
                                                 const ReportRequest& request,
                                                 const ReportSettings& settings, qint64 now,
                                                 QIODevice& out, const Progress& progress)
{
    if (auto period = checkPeriod(request.from, request.to); !period)
        return tl::unexpected(period.error());
    const TimeSpan span = periodSpan(request.from, request.to, settings.zone);
    const BusinessClock clock(settings.hours, settings.zone, span.start, std::max(now, span.end));
    const QList<qsizetype> handleColumns{columns().indexOf(u"account"_qs),
                                         columns().indexOf(u"author"_qs)};
    auto writeLine = [&out, &handleColumns](const QStringList& fields, bool header = false) {
        QStringList cells;
        for (qsizetype i = 0; i < fields.size(); ++i)
            cells.append(!header && handleColumns.contains(i) ? csvHandleField(fields[i])
                                                              : csvField(fields[i]));
        const QByteArray line = (cells.join(u',') + QStringLiteral("\r\n")).toUtf8();
        return out.write(line) == line.size();
    };
    if (!writeLine(columns(), true))
        return tl::unexpected(out.errorString());
    qint64 rows = 0;
    QString failure;
    auto scanned = repository.scanTimelines(request.filter, span, [&](const ItemTimeline& t) {
        const ReportItemRow& item = t.item;
        QStringList targets;
        if (item.state != ItemState::Dismissed) {
            if (item.tone == Tone::Criticism)
                targets.append(u"criticism " + targetText(settings.targets.criticism,
                                                          item.answeredAt, item.receivedAt, now,
                                                          clock));
            if (item.isQuestion)
                targets.append(u"question " + targetText(settings.targets.question, item.answeredAt,
                                                         item.receivedAt, now, clock));
            if (item.tone == Tone::Praise)
                targets.append(u"praise " + targetText(settings.targets.praise, item.thankedAt,
                                                       item.receivedAt, now, clock));
        }
        const TimelineEvent* done = lastState(t.events, QStringLiteral("done"));
        const TimelineEvent* dismissed = lastState(t.events, QStringLiteral("dismissed"));
        const auto responseTime = firstResponseSeconds(item, clock);
        const bool written = writeLine({
            QString::number(item.postId),
            timeText(item.receivedAt, settings.zone),
            t.network,
            t.accountHandle,
            t.authorHandle,
            t.url,
            item.tone ? toneName(*item.tone) : QString(),
            item.isQuestion ? QStringLiteral("yes") : QStringLiteral("no"),
            itemStateName(item.state),
            t.assignee,
            timeText(item.answeredAt, settings.zone),
            responseTime ? QString::number(*responseTime) : QString(),
            QString::number(t.ownReplies),
            timeText(item.thankedAt, settings.zone),
            timeText(t.likedAt, settings.zone),
            targets.join(QStringLiteral("; ")),
            done ? timeText(done->at, settings.zone) : QString(),
            done ? done->actor : QString(),
            dismissed ? timeText(dismissed->at, settings.zone) : QString(),
            dismissed ? dismissed->actor : QString(),
            QString::number(reopenings(t.events)),
            history(t.events, settings.zone),
            t.text,
        });
        if (!written) {
            failure = out.errorString();
            return false;
        }
        ++rows;
        if (progress && !progress(rows)) {
            failure = reportCancelled;
            return false;
        }
        return true;
    });
    if (!scanned)
        return tl::unexpected(scanned.error().message);
    if (!failure.isEmpty())
        return tl::unexpected(failure);
    return rows;
}

tl::expected<void, QString> savePeopleCsv(const QList<PersonRecord>& people, const QString& path)
{
    ExportFile file(path);
    if (auto opened = file.begin(); !opened)
        return opened;
    auto seconds = [](std::optional<qint64> value) {
        return value ? QString::number(*value) : QString();
    };
    QList<QStringList> lines{{u"person"_qs, u"answered"_qs, u"first_answer_median_seconds"_qs,
                              u"first_answer_p90_seconds"_qs, u"thanked"_qs, u"handed_over"_qs}};
    for (const PersonRecord& p : people)
        lines.append({csvField(p.name), QString::number(p.answered), seconds(p.firstAnswer.median),
                      seconds(p.firstAnswer.p90), QString::number(p.thanked),
                      QString::number(p.handedOver)});
    for (const QStringList& line : std::as_const(lines))
        file.write((line.join(u',') + QStringLiteral("\r\n")).toUtf8());
    return file.commit();
}

QString peopleCsvPath(const QString& path)
{
    const QString base = path.endsWith(u".csv", Qt::CaseInsensitive) ? path.chopped(4) : path;
    return base + QStringLiteral("-people.csv");
}

tl::expected<qint64, QString> TimelineCsv::save(const ReportRepository& repository,
                                                const ReportRequest& request,
                                                const ReportSettings& settings, qint64 now,
                                                const QString& path, const Progress& progress)
{
    ExportFile file(path);
    if (auto opened = file.begin(); !opened)
        return tl::unexpected(opened.error());
    auto rows = write(repository, request, settings, now, file, progress);
    if (!rows)
        return rows;
    if (auto saved = file.commit(); !saved)
        return tl::unexpected(saved.error());
    return rows;
}

} // namespace hearken
