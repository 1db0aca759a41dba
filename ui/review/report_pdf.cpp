// SPDX-License-Identifier: GPL-3.0-or-later
#include "report_pdf.h"

#include "colour_glyph_pictures.h"
#include "report/export_file.h"
#include "report/report_text.h"
#include "trend_chart.h"

#include <QApplication>
#include <QChart>
#include <QDateTime>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>
#include <QTimeZone>
#include <QUrl>

#include <memory>

namespace hearken {

namespace {

// The translation context of this file's texts.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(hearken::ReportPdf)
};

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QString shortened(const QString& text, qsizetype length)
{
    const QString plain = text.simplified();
    return plain.size() > length ? plain.left(length - 1) + u'…' : plain;
}

QString row(const QStringList& cells, bool header = false)
{
    const QString tag = header ? QStringLiteral("th") : QStringLiteral("td");
    QString html = QStringLiteral("<tr>");
    for (const QString& cell : cells)
        html += QStringLiteral("<%1>%2</%1>").arg(tag, esc(cell));
    return html + QStringLiteral("</tr>");
}

QString table(const QStringList& header, const QList<QStringList>& rows)
{
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"4\" border=\"1\" "
                                  "width=\"98%\">") +
                   row(header, true);
    for (const QStringList& cells : rows)
        html += row(cells);
    return html + QStringLiteral("</table>");
}

QString headline(const Report& r)
{
    const ResponseRecord& now = r.record;
    const ResponseRecord& before = r.previousRecord;
    QList<QStringList> rows{
        {Text::tr("Items received"), QString::number(now.received),
         QString::number(before.received)},
        {Text::tr("Criticism answered"), rateDetailText(now.criticismAnswered),
         rateDetailText(before.criticismAnswered)},
        {Text::tr("Questions answered"), rateDetailText(now.questionsAnswered),
         rateDetailText(before.questionsAnswered)},
        {Text::tr("Praise thanked"), rateDetailText(now.praiseThanked),
         rateDetailText(before.praiseThanked)},
        {Text::tr("First response, median"), durationText(now.firstResponse.median),
         durationText(before.firstResponse.median)},
        {Text::tr("First response, 90th percentile"), durationText(now.firstResponse.p90),
         durationText(before.firstResponse.p90)},
        {Text::tr("Dismissed as needing no reply"), QString::number(now.dismissed),
         QString::number(before.dismissed)},
        {Text::tr("Reopened after done"), QString::number(now.reopened),
         QString::number(before.reopened)},
        {Text::tr("Items with several replies"), QString::number(now.severalReplies.value_or(0)),
         QStringLiteral("–")},
    };
    return table({Text::tr("Figure"), Text::tr("This period"), Text::tr("Previous period")}, rows);
}

QString backlogHtml(const Backlog& b, const QTimeZone& zone)
{
    QStringList header{Text::tr("Waiting now")};
    for (int bucket = 0; bucket < ageBucketCount; ++bucket)
        header.append(ageBucketLabel(bucket));
    QList<QStringList> rows;
    for (std::size_t f = 0; f < std::size(backlogFlags); ++f) {
        QStringList cells{flagLabel(backlogFlags[f])};
        for (qint64 n : b.byFlagAndAge[f])
            cells.append(QString::number(n));
        rows.append(cells);
    }
    QString html = QStringLiteral("<p>") +
                   esc(Text::tr("%1 open items need a response; %2 are past their target.")
                           .arg(b.open)
                           .arg(b.overdue)) +
                   QStringLiteral("</p>") + table(header, rows);
    QList<QStringList> oldest;
    for (const WaitingItem& item : b.oldest.mid(0, 10)) {
        oldest.append({QLocale().toString(QDateTime::fromSecsSinceEpoch(item.receivedAt, zone),
                                          QLocale::ShortFormat),
                       item.authorHandle, shortened(item.text, 90), item.assignee});
    }
    if (!oldest.isEmpty())
        html +=
            QStringLiteral("<h3>") + esc(Text::tr("Waiting longest")) + QStringLiteral("</h3>") +
            table({Text::tr("Received"), Text::tr("From"), Text::tr("Text"), Text::tr("Assignee")},
                  oldest);
    return html;
}

QString targetsHtml(const Report& r)
{
    auto cells = [](const QString& name, qint64 target, const TargetRecord& t) {
        return QStringList{name, durationText(target), QString::number(t.met),
                           QString::number(t.missed), QString::number(t.pending)};
    };
    return table({Text::tr("Response target"), Text::tr("Target"), Text::tr("Met"),
                  Text::tr("Missed"), Text::tr("Pending")},
                 {cells(Text::tr("Criticism"), r.targets.criticism, r.record.criticismTarget),
                  cells(Text::tr("Questions"), r.targets.question, r.record.questionTarget),
                  cells(Text::tr("Praise"), r.targets.praise, r.record.praiseTarget)});
}

QString assigneesHtml(const ResponseRecord& record)
{
    QList<QStringList> rows;
    for (const AssigneeRecord& a : record.assignees)
        rows.append({assigneeText(a), QString::number(a.items), QString::number(a.answered),
                     QString::number(a.done), QString::number(a.dismissed),
                     durationText(a.medianFirstResponse)});
    QString html =
        table({Text::tr("Assignee"), Text::tr("Items"), Text::tr("Answered"), Text::tr("Done"),
               Text::tr("Dismissed"), Text::tr("Median first response")},
              rows);
    QList<QStringList> dismissed;
    for (const DismissalRecord& d : record.dismissedBy)
        dismissed.append({actorText(d.actor), QString::number(d.items)});
    if (!dismissed.isEmpty())
        html += QStringLiteral("<h3>") + esc(Text::tr("Dismissed by")) + QStringLiteral("</h3>") +
                table({Text::tr("Who"), Text::tr("Items")}, dismissed);
    return html;
}

QString repliesAndTopicsHtml(const Report& r)
{
    QList<QStringList> replies;
    for (const RepeatedReply& reply : r.repeatedReplies)
        replies.append({shortened(reply.example, 120), QString::number(reply.replies),
                        QString::number(reply.people)});
    QString html =
        QStringLiteral("<h2>") + esc(Text::tr("Robotic replies")) + QStringLiteral("</h2>");
    html +=
        replies.isEmpty()
            ? QStringLiteral("<p>") + esc(Text::tr("No reply was sent twice in the same words.")) +
                  QStringLiteral("</p>")
            : table({Text::tr("Reply (one example)"), Text::tr("Times sent"), Text::tr("People")},
                    replies);
    QList<QStringList> topics;
    for (const FollowUpTopic& t : r.followUps)
        topics.append({t.name, t.status, QString::number(t.items), QString::number(t.people),
                       QString::number(t.told)});
    html += QStringLiteral("<h2>") + esc(Text::tr("Follow-ups")) + QStringLiteral("</h2>");
    html += topics.isEmpty()
                ? QStringLiteral("<p>") + esc(Text::tr("No topics were raised in this period.")) +
                      QStringLiteral("</p>")
                : table({Text::tr("Topic"), Text::tr("Status"), Text::tr("Items"),
                         Text::tr("People"), Text::tr("Told")},
                        topics);
    return html;
}

} // namespace

void fillReportDocument(QTextDocument& document, const Report& r, const QString& title)
{
    document.setDefaultStyleSheet(QStringLiteral(
        "body { font-family: 'DejaVu Sans'; font-size: 9pt; } h1 { font-size: 16pt; } "
        "h2 { font-size: 12pt; margin-top: 14px; } h3 { font-size: 10pt; } "
        "th { background-color: #eef1f5; text-align: left; } table { border-color: #c8ccd2; }"));
    QString html =
        QStringLiteral("<html><body><h1>") + esc(title) + QStringLiteral("</h1><p>") +
        esc(periodText(r.request)) + QStringLiteral("<br>") +
        esc(Text::tr("Time zone %1; %2.")
                .arg(r.timeZone, r.businessHours.isEmpty()
                                     ? Text::tr("response times count every hour")
                                     : Text::tr("response times count business hours (%1)")
                                           .arg(r.businessHours))) +
        QStringLiteral("</p>");
    html += QStringLiteral("<h2>") + esc(Text::tr("Response record")) + QStringLiteral("</h2>") +
            headline(r) + QStringLiteral("<br>") + targetsHtml(r);
    html += QStringLiteral("<h2>") + esc(Text::tr("Backlog now")) + QStringLiteral("</h2>") +
            backlogHtml(r.backlog, QTimeZone(r.timeZone.toUtf8()));
    html += QStringLiteral("<h2>") + esc(Text::tr("Trends")) + QStringLiteral("</h2>");
    for (TrendMeasure measure : {TrendMeasure::Received, TrendMeasure::MedianFirstResponse,
                                 TrendMeasure::CriticismAnswerRate}) {
        std::unique_ptr<QChart> chart(makeTrendChart(r.trends, measure, printedChartColors()));
        const QUrl name(QStringLiteral("chart:%1").arg(int(measure)));
        document.addResource(QTextDocument::ImageResource, name,
                             chartImage(*chart, QSize(640, 260)));
        html += QStringLiteral("<p><img src=\"%1\" width=\"640\" height=\"260\"></p>")
                    .arg(name.toString());
    }
    html += QStringLiteral("<h2>") + esc(Text::tr("Items per assignee")) + QStringLiteral("</h2>") +
            assigneesHtml(r.record);
    if (!r.people.isEmpty() || !r.waitingOn.isEmpty()) {
        const TextTable people = peopleTable(r.people);
        const TextTable waiting = waitingTable(r.waitingOn, r.generatedAt);
        html += QStringLiteral("<h2>") + esc(Text::tr("The team")) + QStringLiteral("</h2>") +
                table(people.columns, people.rows) + QStringLiteral("<h3>") +
                esc(Text::tr("What waits on whom now")) + QStringLiteral("</h3>") +
                table(waiting.columns, waiting.rows);
    }
    html += repliesAndTopicsHtml(r);
    html += QStringLiteral("</body></html>");
    document.setHtml(html);
}

tl::expected<void, QString> writeReportPdf(const Report& report, const QString& path,
                                           const QString& title)
{
    if (!qobject_cast<QApplication*>(QCoreApplication::instance()))
        return tl::unexpected(Text::tr("Drawing a PDF needs the graphical toolkit; run it from the "
                                       "window or the hearken command."));
    ExportFile file(path);
    if (auto opened = file.begin(); !opened)
        return opened;
    {
        QPdfWriter writer(&file);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Hearken"));
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        writer.setResolution(144);
        QTextDocument document;
        fillReportDocument(document, report, title);
        drawColourGlyphsAsPictures(document);
        document.setPageSize(QSizeF(writer.width(), writer.height()));
        document.print(&writer);
    }
    return file.commit();
}

} // namespace hearken
