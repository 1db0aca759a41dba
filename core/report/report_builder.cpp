// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/report_builder.h"

#include "report/person_figures.h"
#include "report/report_metrics.h"
#include "store/database.h"
#include "store/report_repository.h"
#include "store/settings_repository.h"
#include "triage/reply_fingerprint.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QScopeGuard>
#include <QThread>

#include <algorithm>
#include <atomic>

namespace hearken {

namespace {

StoreError cancelled()
{
    return {StoreError::Kind::Query, reportCancelled};
}

// Rows between two looks at the cancel flag during a long scan.
constexpr qint64 rowsPerCheck = 50000;

QList<RepeatedReply> mostRepeated(const QList<RepeatedReply>& replies, int limit)
{
    QList<RepeatedReply> repeated;
    for (const RepeatedReply& reply : replies) {
        if (reply.replies >= 2)
            repeated.append(reply);
    }
    std::sort(repeated.begin(), repeated.end(), [](const RepeatedReply& a, const RepeatedReply& b) {
        if (a.replies != b.replies)
            return a.replies > b.replies;
        return a.fingerprint < b.fingerprint;
    });
    if (repeated.size() > limit)
        repeated.resize(limit);
    return repeated;
}

// A reply's fingerprint without the words of the recipient's name, so that "Hi Dev, sorry!"
// and "Hi Ana, sorry!" read as the one canned reply they are. Canned replies repeat word for
// word, so each distinct text and name is folded once.
class CannedForms {
public:
    QString of(const QString& text, const QString& recipientName)
    {
        const QStringList name = wordsOf(recipientName);
        QString form;
        for (const QString& word : wordsOf(text)) {
            if (name.contains(word))
                continue;
            if (!form.isEmpty())
                form += u' ';
            form += word;
        }
        return form;
    }

private:
    const QStringList& wordsOf(const QString& text)
    {
        auto known = m_words.constFind(text);
        if (known == m_words.cend())
            known = m_words.insert(text, replyFingerprint(text).split(u' ', Qt::SkipEmptyParts));
        return *known;
    }

    QHash<QString, QStringList> m_words;
};

// A thread that runs one piece of work. (QThread::create would do, but its std::future
// makes the program need the dynamic loader by name, which packaging does not expect.)
class Worker : public QThread {
public:
    explicit Worker(std::function<void()> work)
        : m_work(std::move(work))
    {}

protected:
    void run() override { m_work(); }

private:
    std::function<void()> m_work;
};

struct ReplyFigures {
    QList<RepeatedReply> repeated;
    qint64 severalReplies = 0;
};

// Our replies of a period: the same words sent again and again, and the items that got more
// than one reply. Stops early, without an error, once `stop` is set.
StoreResult<ReplyFigures> replyFigures(const ReportRepository& repository,
                                       const ReportFilter& filter, TimeSpan span,
                                       const std::atomic<bool>& stop)
{
    // Counted by sorting what the scan collects: cheaper than a set per reply text.
    QHash<QString, qsizetype> indexOf;
    QList<RepeatedReply> replies;
    std::vector<std::pair<qsizetype, qint64>> recipients;
    std::vector<qint64> targets;
    CannedForms canned;
    qint64 rows = 0;
    auto scanned = repository.scanOwnReplies(filter, span, [&](const OwnReplyRow& reply) {
        if (++rows % 1000 == 0 && stop)
            return false;
        targets.push_back(reply.targetPostId);
        const QString fingerprint = canned.of(reply.text, reply.recipientName);
        if (fingerprint.isEmpty())
            return true;
        auto known = indexOf.constFind(fingerprint);
        if (known == indexOf.cend()) {
            known = indexOf.insert(fingerprint, replies.size());
            replies.append({fingerprint, reply.text, 0, 0});
        }
        ++replies[*known].replies;
        recipients.emplace_back(*known, reply.recipientId);
        return true;
    });
    if (!scanned)
        return tl::unexpected(scanned.error());
    std::sort(recipients.begin(), recipients.end());
    recipients.erase(std::unique(recipients.begin(), recipients.end()), recipients.end());
    for (const auto& [index, recipient] : recipients)
        ++replies[index].people;
    std::sort(targets.begin(), targets.end());
    qint64 severalReplies = 0;
    for (std::size_t i = 0; i < targets.size();) {
        std::size_t next = i;
        while (next < targets.size() && targets[next] == targets[i])
            ++next;
        severalReplies += next - i > 1 ? 1 : 0;
        i = next;
    }
    ReplyFigures figures;
    figures.repeated = mostRepeated(replies, ReportBuilder::repeatedListed);
    figures.severalReplies = severalReplies;
    return figures;
}

} // namespace

StoreResult<ReportSettings> ReportSettings::read(const SettingsRepository& settings)
{
    const auto zone = settings.timeZone();
    if (!zone)
        return tl::unexpected(zone.error());
    const auto hours = settings.businessHours();
    if (!hours)
        return tl::unexpected(hours.error());
    auto targets = settings.responseTargets();
    if (!targets)
        return tl::unexpected(targets.error());
    ReportSettings read;
    const QByteArray zoneId = zone->toUtf8();
    if (!zoneId.isEmpty() && QTimeZone::isTimeZoneIdAvailable(zoneId))
        read.zone = QTimeZone(zoneId);
    read.hours = WeeklyHours::parse(*hours).value_or(WeeklyHours());
    read.targets = *targets;
    return read;
}

TimeSpan periodSpan(QDate from, QDate to, const QTimeZone& zone)
{
    return {QDateTime(from, QTime(0, 0), zone).toSecsSinceEpoch(),
            QDateTime(to.addDays(1), QTime(0, 0), zone).toSecsSinceEpoch()};
}

std::pair<QDate, QDate> previousPeriod(QDate from, QDate to)
{
    const qint64 days = from.daysTo(to) + 1;
    return {from.addDays(-days), from.addDays(-1)};
}

ReportBuilder::ReportBuilder(const ReportRepository& repository, ReportSettings settings,
                             OpenConnection openConnection)
    : m_repository(repository)
    , m_settings(std::move(settings))
    , m_openConnection(std::move(openConnection))
{}

StoreResult<Report> ReportBuilder::build(const ReportRequest& request, qint64 now,
                                         const Progress& progress) const
{
    if (auto period = checkPeriod(request.from, request.to); !period)
        return storeError(StoreError::Kind::Query, period.error());
    auto goOn = [&progress](int percent) { return !progress || progress(percent); };
    Report report;
    report.request = request;
    report.timeZone = QString::fromUtf8(m_settings.zone.id());
    report.businessHours = m_settings.hours.toText();
    report.targets = m_settings.targets;
    report.generatedAt = now;
    const auto [previousFrom, previousTo] = previousPeriod(request.from, request.to);
    report.period = periodSpan(request.from, request.to, m_settings.zone);
    report.previousPeriod = periodSpan(previousFrom, previousTo, m_settings.zone);
    const TrendStep step = request.step.value_or(defaultTrendStep(request.from, request.to));
    report.trends.step = step;

    auto names = m_repository.teammateNames();
    if (!names)
        return tl::unexpected(names.error());
    // The replies are read on a connection of their own, when there is one, while this one
    // reads the items.
    std::atomic<bool> stop = false;
    StoreResult<ReplyFigures> repliesDone = ReplyFigures{};
    std::unique_ptr<Worker> parallel;
    if (m_openConnection) {
        parallel = std::make_unique<Worker>([&, filter = request.filter, span = report.period] {
            auto database = m_openConnection();
            if (!database) {
                repliesDone = tl::unexpected(database.error());
                return;
            }
            const ReportRepository own(**database);
            repliesDone = replyFigures(own, filter, span, stop);
        });
        parallel->start();
    }
    // Whatever ends the build early stops the other connection's work first.
    const auto stopParallel = qScopeGuard([&] {
        stop = true;
        if (parallel)
            parallel->wait();
    });
    const BusinessClock clock(m_settings.hours, m_settings.zone, report.previousPeriod.start,
                              std::max(now, report.period.end));

    // Both periods in one scan: the previous one ends where the current one begins.
    RecordCounter current(clock, m_settings.targets, now);
    RecordCounter previous(clock, m_settings.targets, now);
    TrendCounter currentTrend(request.from, request.to, step, m_settings.zone, clock);
    TrendCounter previousTrend(previousFrom, previousTo, step, m_settings.zone, clock);
    qint64 rows = 0;
    bool stopped = false;
    auto scanned =
        m_repository.scanItems(request.filter, {report.previousPeriod.start, report.period.end},
                               [&](const ReportItemRow& item) {
                                   if (++rows % rowsPerCheck == 0 && !goOn(10)) {
                                       stopped = true;
                                       return false;
                                   }
                                   if (item.receivedAt >= report.period.start) {
                                       current.add(item);
                                       currentTrend.add(item);
                                   } else {
                                       previous.add(item);
                                       previousTrend.add(item);
                                   }
                                   return true;
                               });
    if (!scanned)
        return tl::unexpected(scanned.error());
    if (stopped || !goOn(50))
        return tl::unexpected(cancelled());
    report.record = current.finish(*names);
    report.previousRecord = previous.finish(*names);
    report.trends.current = currentTrend.finish();
    report.trends.previous = previousTrend.finish();

    for (auto [record, span] : {std::pair{&report.record, report.period},
                                std::pair{&report.previousRecord, report.previousPeriod}}) {
        auto dismissals = m_repository.dismissals(request.filter, span);
        if (!dismissals)
            return tl::unexpected(dismissals.error());
        record->dismissedBy = *dismissals;
        auto reopened = m_repository.reopened(request.filter, span);
        if (!reopened)
            return tl::unexpected(reopened.error());
        record->reopened = *reopened;
    }
    if (!goOn(60))
        return tl::unexpected(cancelled());

    auto backlog = m_repository.backlog(request.filter, now, m_settings.targets, oldestListed);
    if (!backlog)
        return tl::unexpected(backlog.error());
    report.backlog = *backlog;
    auto followUps = m_repository.followUps(request.filter, report.period);
    if (!followUps)
        return tl::unexpected(followUps.error());
    report.followUps = *followUps;
    PersonCounter people(clock);
    auto peopleScanned = m_repository.scanPersonEvents(request.filter, report.period,
                                                       [&people](const PersonEventRow& row) {
                                                           people.add(row);
                                                           return true;
                                                       });
    if (!peopleScanned)
        return tl::unexpected(peopleScanned.error());
    report.people = people.finish();
    auto waiting = m_repository.waitingOn(request.filter);
    if (!waiting)
        return tl::unexpected(waiting.error());
    report.waitingOn = namedWaiting(*waiting, *names);
    if (!goOn(70))
        return tl::unexpected(cancelled());

    if (parallel) {
        // Wait for the other connection, still answering to cancel.
        while (!parallel->wait(QDeadlineTimer(50))) {
            if (!goOn(80))
                stop = true;
        }
    } else {
        repliesDone = replyFigures(m_repository, request.filter, report.period, stop);
    }
    if (!repliesDone)
        return tl::unexpected(repliesDone.error());
    if (stop)
        return tl::unexpected(cancelled());
    report.repeatedReplies = repliesDone->repeated;
    report.record.severalReplies = repliesDone->severalReplies;
    goOn(100);
    return report;
}

} // namespace hearken
