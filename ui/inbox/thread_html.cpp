// SPDX-License-Identifier: GPL-3.0-or-later
#include "inbox/thread_html.h"

#include "shell/semantic_colors.h"
#include "workflow/event_text.h"
#include "workflow/time_text.h"

#include <QCoreApplication>
#include <QLocale>
#include <QUrl>

#include <algorithm>

namespace hearken {

namespace {

// The translation context of this file's texts.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(hearken::ThreadPane)
};

QString escaped(const QString& text)
{
    QString html = text.toHtmlEscaped();
    html.replace(u'\n', QStringLiteral("<br>"));
    return html;
}

QString colorName(const QColor& color, double alpha, const QPalette& palette)
{
    return tinted(color, alpha, palette).name();
}

QString dim(const QString& html, const QPalette& palette)
{
    return QStringLiteral("<span style=\"color:%1\">%2</span>")
        .arg(quietTextColor(palette).name(), html);
}

QString heading(const QString& text, const QPalette& palette)
{
    return QStringLiteral("<p style=\"margin-top:16px; margin-bottom:4px; font-size:small; "
                          "font-weight:bold; color:%1\">%2</p>")
        .arg(quietTextColor(palette).name(), text.toHtmlEscaped().toUpper());
}

// Only web links are offered, and only as links the user may choose to follow.
QString webLink(const QString& url, const QString& label)
{
    const QUrl parsed(url);
    if (!parsed.isValid() || (parsed.scheme() != u"https" && parsed.scheme() != u"http"))
        return {};
    return QStringLiteral("<a href=\"%1\">%2</a>")
        .arg(QString::fromUtf8(parsed.toEncoded()).toHtmlEscaped(), label.toHtmlEscaped());
}

QString authorName(const Person& person)
{
    return person.displayName.isEmpty() ? person.handle : person.displayName;
}

QString entryHtml(const ThreadEntry& entry, const QPalette& palette)
{
    const Post& post = entry.post;
    QString meta =
        escaped(post.author.handle) + QStringLiteral(" · ") + escaped(timeText(post.createdAt));
    if (const QString link = webLink(post.url, Text::tr("open")); !link.isEmpty())
        meta += QStringLiteral(" · ") + link;
    QString name = QStringLiteral("<b>%1</b>").arg(escaped(authorName(post.author)));
    if (post.isOwn()) {
        const QString ours =
            post.replyToRemoteId.isEmpty() ? Text::tr("our post") : Text::tr("our reply");
        name += QStringLiteral(" <span style=\"color:%1\">· %2</span>")
                    .arg(palette.color(QPalette::Link).name(), ours.toHtmlEscaped());
    }
    const QString background =
        entry.isFocus  ? colorName(palette.color(QPalette::Highlight), 0.12, palette)
        : post.isOwn() ? colorName(palette.color(QPalette::Text), 0.04, palette)
                       : palette.color(QPalette::Base).name();
    const QString border = entry.isFocus
                               ? colorName(palette.color(QPalette::Highlight), 0.8, palette)
                               : colorName(palette.color(QPalette::Text), 0.15, palette);
    return QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\" "
                          "style=\"margin-left:%1px; margin-bottom:6px\"><tr>"
                          "<td width=\"3\" bgcolor=\"%2\"></td>"
                          "<td bgcolor=\"%3\" style=\"padding:6px 8px\">%4 %5"
                          "<div style=\"margin-top:3px\">%6</div></td></tr></table>")
        .arg(QString::number(entry.depth * 16), border, background, name, dim(meta, palette),
             escaped(post.text));
}

QString authorHtml(const AuthorSummary& author, const NetworkNames& networks,
                   const QPalette& palette)
{
    const Person& person = author.person;
    QString html = QStringLiteral("<p style=\"margin:0\"><b>%1</b> %2</p>")
                       .arg(escaped(authorName(person)), dim(escaped(person.handle), palette));
    if (!person.bio.isEmpty())
        html += QStringLiteral("<p style=\"margin:4px 0\">%1</p>").arg(escaped(person.bio));
    const QLocale locale;
    QStringList facts;
    if (person.followers)
        facts << Text::tr("Followers: %1").arg(locale.toString(*person.followers));
    facts << Text::tr("Items here: %1").arg(locale.toString(author.items));
    if (author.criticism)
        facts << Text::tr("Criticism: %1").arg(locale.toString(author.criticism));
    if (author.praise)
        facts << Text::tr("Praise: %1").arg(locale.toString(author.praise));
    if (author.questions)
        facts << Text::tr("Questions: %1").arg(locale.toString(author.questions));
    html += QStringLiteral("<p style=\"margin:0\">%1</p>")
                .arg(dim(escaped(facts.join(QStringLiteral(" · "))), palette));
    if (const QString link = webLink(person.profileUrl,
                                     Text::tr("Profile on %1").arg(networks.label(person.network)));
        !link.isEmpty())
        html += QStringLiteral("<p style=\"margin:4px 0\">%1</p>").arg(link);
    return html;
}

// Said above the conversation when the author deleted the post.
QString deletedNote(const QList<Event>& events, const NetworkNames& networks)
{
    const auto deleted = std::find_if(events.crbegin(), events.crend(),
                                      [](const Event& event) { return event.kind == u"deleted"; });
    if (deleted == events.crend())
        return {};
    return QStringLiteral("<p style=\"margin:0 0 6px 0\"><b>%1</b> · %2</p>")
        .arg(escaped(describeEvent(*deleted, networks)), escaped(timeText(deleted->at)));
}

QString historyRow(qint64 at, const QString& text, const QPalette& palette)
{
    return QStringLiteral("<tr><td style=\"padding:2px 12px 2px 0\">%1</td><td>%2</td></tr>")
        .arg(dim(escaped(timeText(at)), palette), escaped(text));
}

QString historyHtml(const ThreadContent& content, const QPalette& palette)
{
    QString rows;
    for (const ThreadEntry& entry : content.thread) {
        if (entry.isFocus)
            rows += historyRow(entry.post.createdAt,
                               Text::tr("Received from %1").arg(entry.post.author.handle), palette);
    }
    for (const Event& event : content.events)
        rows += historyRow(event.at, describeEvent(event, content.networks), palette);
    return QStringLiteral("<table cellspacing=\"0\" cellpadding=\"0\">%1</table>").arg(rows);
}

QString percent(double probability)
{
    return QLocale().toString(qRound(probability * 100)) + u'%';
}

QString toneHtml(const ToneExplanation& why, const QPalette& palette)
{
    const TriageState& triage = why.triage;
    QString decided = triage.tone ? toneLabel(*triage.tone) : Text::tr("Not classified");
    if (triage.toneSource == ToneSource::Person)
        decided = Text::tr("%1, set by a person").arg(decided);
    else if (triage.toneSource == ToneSource::Sample)
        decided = Text::tr("%1, the sample data's label").arg(decided);
    else if (triage.toneSource == ToneSource::Model)
        decided =
            Text::tr("%1, by the model (%2 sure)").arg(decided, percent(triage.toneConfidence));
    if (triage.isQuestion)
        decided = Text::tr("%1; asks a question").arg(decided);
    QString html = QStringLiteral("<p style=\"margin:0\"><b>%1</b></p>").arg(escaped(decided));

    const ToneResult& model = why.model;
    QStringList reading;
    if (triage.toneSource != ToneSource::Model || triage.tone != model.tone)
        reading << Text::tr("The model reads %1 (%2 sure)")
                       .arg(toneLabel(model.tone), percent(model.toneConfidence));
    if (!why.reasons.isEmpty())
        reading
            << Text::tr("Words that weighed most: %1").arg(why.reasons.join(QStringLiteral(", ")));
    if (model.isQuestion != triage.isQuestion)
        reading << (model.isQuestion ? Text::tr("The model thinks it asks a question (%1 sure)")
                                     : Text::tr("The model thinks it asks no question (%1 sure)"))
                       .arg(percent(model.isQuestion ? model.questionConfidence
                                                     : 1 - model.questionConfidence));
    if (!reading.isEmpty())
        html += QStringLiteral("<p style=\"margin:4px 0\">%1</p>")
                    .arg(dim(escaped(reading.join(QStringLiteral(". ")) + u'.'), palette));
    if (!model.languageKnown)
        html += QStringLiteral("<p style=\"margin:4px 0\">%1</p>")
                    .arg(escaped(Text::tr("Most words are outside what the model knows (another "
                                          "language?), so its tone is only a guess.")));
    return html;
}

} // namespace

QString threadHtml(const ThreadContent& content, const QPalette& palette)
{
    QString html;
    if (!content.presence.isEmpty())
        html +=
            QStringLiteral("<p style=\"margin:0 0 4px 0; padding:4px; background:%1\">%2</p>")
                .arg(colorName(warningColor(palette), 0.18, palette), escaped(content.presence));
    html +=
        heading(Text::tr("Conversation"), palette) + deletedNote(content.events, content.networks);
    if (!content.chainNote.isEmpty())
        html += QStringLiteral("<p style=\"margin:0 0 6px 0\">%1</p>")
                    .arg(dim(escaped(content.chainNote), palette));
    for (const ThreadEntry& entry : content.thread)
        html += entryHtml(entry, palette);
    if (content.tone)
        html += heading(Text::tr("Tone"), palette) + toneHtml(*content.tone, palette);
    html += heading(Text::tr("Author"), palette) +
            authorHtml(content.author, content.networks, palette);
    html += heading(Text::tr("History"), palette) + historyHtml(content, palette);
    return html;
}

QString placeholderHtml(const QString& text, const QPalette& palette)
{
    return QStringLiteral("<p align=\"center\" style=\"margin-top:48px\">%1</p>")
        .arg(dim(escaped(text), palette));
}

} // namespace hearken
