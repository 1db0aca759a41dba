// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/report_json.h"

#include "domain/safe_text.h"
#include "report/export_file.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace hearken {

namespace {

QJsonValue optional(const std::optional<qint64>& value)
{
    return value ? QJsonValue(double(*value)) : QJsonValue();
}

QJsonValue optional(const std::optional<double>& value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

QJsonObject rateJson(const Rate& rate)
{
    return {{QStringLiteral("total"), double(rate.total)},
            {QStringLiteral("met"), double(rate.met)},
            {QStringLiteral("rate"), optional(rate.share())}};
}

QJsonObject targetJson(const TargetRecord& target, qint64 seconds)
{
    return {{QStringLiteral("target_seconds"), double(seconds)},
            {QStringLiteral("met"), double(target.met)},
            {QStringLiteral("missed"), double(target.missed)},
            {QStringLiteral("pending"), double(target.pending)}};
}

QJsonObject recordJson(const ResponseRecord& record, const ResponseTargets& targets)
{
    QJsonArray assignees;
    for (const AssigneeRecord& a : record.assignees) {
        assignees.append(QJsonObject{
            {QStringLiteral("teammate_id"),
             a.teammateId ? QJsonValue(double(a.teammateId)) : QJsonValue()},
            {QStringLiteral("name"), a.name},
            {QStringLiteral("items"), double(a.items)},
            {QStringLiteral("answered"), double(a.answered)},
            {QStringLiteral("done"), double(a.done)},
            {QStringLiteral("dismissed"), double(a.dismissed)},
            {QStringLiteral("median_first_response_seconds"), optional(a.medianFirstResponse)}});
    }
    QJsonArray dismissedBy;
    for (const DismissalRecord& d : record.dismissedBy)
        dismissedBy.append(QJsonObject{{QStringLiteral("actor"), d.actor},
                                       {QStringLiteral("items"), double(d.items)}});
    return {
        {QStringLiteral("received"), double(record.received)},
        {QStringLiteral("criticism_answered"), rateJson(record.criticismAnswered)},
        {QStringLiteral("questions_answered"), rateJson(record.questionsAnswered)},
        {QStringLiteral("praise_thanked"), rateJson(record.praiseThanked)},
        {QStringLiteral("first_response"),
         QJsonObject{{QStringLiteral("count"), double(record.firstResponse.count)},
                     {QStringLiteral("median_seconds"), optional(record.firstResponse.median)},
                     {QStringLiteral("p90_seconds"), optional(record.firstResponse.p90)}}},
        {QStringLiteral("targets"),
         QJsonObject{
             {QStringLiteral("criticism"), targetJson(record.criticismTarget, targets.criticism)},
             {QStringLiteral("question"), targetJson(record.questionTarget, targets.question)},
             {QStringLiteral("praise"), targetJson(record.praiseTarget, targets.praise)}}},
        {QStringLiteral("assignees"), assignees},
        {QStringLiteral("dismissed"), double(record.dismissed)},
        {QStringLiteral("dismissed_by"), dismissedBy},
        {QStringLiteral("reopened"), double(record.reopened)},
        {QStringLiteral("several_replies"), optional(record.severalReplies)},
    };
}

QJsonArray trendJson(const QList<TrendPoint>& points)
{
    QJsonArray array;
    for (const TrendPoint& p : points) {
        array.append(QJsonObject{
            {QStringLiteral("start"), p.start.toString(Qt::ISODate)},
            {QStringLiteral("received"), double(p.received)},
            {QStringLiteral("responded"), double(p.responded)},
            {QStringLiteral("median_first_response_seconds"), optional(p.medianFirstResponse)},
            {QStringLiteral("criticism_answer_rate"), optional(p.criticismAnswerRate)}});
    }
    return array;
}

QJsonObject backlogJson(const Backlog& backlog)
{
    QJsonObject byFlag;
    for (std::size_t f = 0; f < std::size(backlogFlags); ++f) {
        QJsonArray ages;
        for (qint64 n : backlog.byFlagAndAge[f])
            ages.append(double(n));
        byFlag.insert(flagName(backlogFlags[f]), ages);
    }
    QJsonArray buckets;
    for (int b = 0; b < ageBucketCount; ++b)
        buckets.append(ageBucketLabel(b));
    QJsonArray oldest;
    for (const WaitingItem& item : backlog.oldest) {
        QJsonArray flags;
        for (Flag flag : backlogFlags) {
            if (item.flags.testFlag(flag))
                flags.append(flagName(flag));
        }
        oldest.append(QJsonObject{{QStringLiteral("item_id"), double(item.postId)},
                                  {QStringLiteral("received_at"), double(item.receivedAt)},
                                  {QStringLiteral("network"), item.network},
                                  {QStringLiteral("account"), item.accountHandle},
                                  {QStringLiteral("author"), item.authorHandle},
                                  {QStringLiteral("flags"), flags},
                                  {QStringLiteral("assignee"), item.assignee},
                                  {QStringLiteral("text"), item.text}});
    }
    return {{QStringLiteral("open"), double(backlog.open)},
            {QStringLiteral("overdue"), double(backlog.overdue)},
            {QStringLiteral("age_buckets"), buckets},
            {QStringLiteral("by_flag_and_age"), byFlag},
            {QStringLiteral("oldest"), oldest}};
}

QJsonObject spanJson(const TimeSpan& span)
{
    return {{QStringLiteral("start"), double(span.start)},
            {QStringLiteral("end"), double(span.end)}};
}

} // namespace

QString trendStepName(TrendStep step)
{
    return step == TrendStep::Week ? QStringLiteral("week") : QStringLiteral("day");
}

QJsonObject reportToJson(const Report& report)
{
    QJsonArray repeated;
    for (const RepeatedReply& r : report.repeatedReplies)
        repeated.append(QJsonObject{{QStringLiteral("fingerprint"), r.fingerprint},
                                    {QStringLiteral("example"), r.example},
                                    {QStringLiteral("replies"), double(r.replies)},
                                    {QStringLiteral("people"), double(r.people)}});
    QJsonArray followUps;
    for (const FollowUpTopic& t : report.followUps)
        followUps.append(QJsonObject{{QStringLiteral("topic_id"), double(t.topicId)},
                                     {QStringLiteral("name"), t.name},
                                     {QStringLiteral("status"), t.status},
                                     {QStringLiteral("items"), double(t.items)},
                                     {QStringLiteral("people"), double(t.people)},
                                     {QStringLiteral("told"), double(t.told)}});
    QJsonArray accounts;
    for (qint64 id : report.request.filter.accountIds)
        accounts.append(double(id));
    QJsonArray assignees;
    for (qint64 id : report.request.filter.assigneeIds)
        assignees.append(double(id));
    return {
        {QStringLiteral("from"), report.request.from.toString(Qt::ISODate)},
        {QStringLiteral("to"), report.request.to.toString(Qt::ISODate)},
        {QStringLiteral("filter"),
         QJsonObject{{QStringLiteral("accounts"), accounts},
                     {QStringLiteral("networks"),
                      QJsonArray::fromStringList(report.request.filter.networks)},
                     {QStringLiteral("assignees"), assignees}}},
        {QStringLiteral("time_zone"), report.timeZone},
        {QStringLiteral("business_hours"), report.businessHours},
        {QStringLiteral("generated_at"), double(report.generatedAt)},
        {QStringLiteral("period"), spanJson(report.period)},
        {QStringLiteral("previous_period"), spanJson(report.previousPeriod)},
        {QStringLiteral("backlog"), backlogJson(report.backlog)},
        {QStringLiteral("record"), recordJson(report.record, report.targets)},
        {QStringLiteral("previous_record"), recordJson(report.previousRecord, report.targets)},
        {QStringLiteral("trends"),
         QJsonObject{{QStringLiteral("step"), trendStepName(report.trends.step)},
                     {QStringLiteral("current"), trendJson(report.trends.current)},
                     {QStringLiteral("previous"), trendJson(report.trends.previous)}}},
        {QStringLiteral("repeated_replies"), repeated},
        {QStringLiteral("follow_ups"), followUps},
    };
}

tl::expected<void, QString> writeReportJson(const Report& report, const QString& path)
{
    ExportFile file(path);
    if (auto opened = file.begin(); !opened)
        return opened;
    file.write(safeJson(QJsonDocument(reportToJson(report)), QJsonDocument::Indented));
    return file.commit();
}

} // namespace hearken
