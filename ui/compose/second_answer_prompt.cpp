// SPDX-License-Identifier: GPL-3.0-or-later
#include "compose/second_answer_prompt.h"

#include "workflow/time_text.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

namespace hearken {

namespace {
// The translation context of this file's texts.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(hearken::SecondAnswerPrompt)
};
} // namespace

bool askToSendSecondAnswer(QWidget* parent, const QList<EarlierReply>& replies)
{
    QMessageBox box(
        QMessageBox::Warning, Text::tr("Already answered"),
        replies.size() == 1
            ? Text::tr("%1 replied to this item at %2, while you were writing yours.")
                  .arg(earlierReplyAuthor(replies.first()), timeText(replies.first().at))
            : Text::tr("%n other replies reached this item while you were writing "
                       "yours.",
                       nullptr, int(replies.size())),
        QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("secondAnswer"));
    QStringList shown;
    for (const EarlierReply& reply : replies)
        shown << (replies.size() == 1 ? u"“%1”"_qs.arg(reply.text)
                                      : u"%1, %2: “%3”"_qs.arg(earlierReplyAuthor(reply),
                                                               timeText(reply.at), reply.text));
    box.setInformativeText(shown.join(u"\n\n"_qs) + u"\n\n"_qs +
                           Text::tr("Two answers to one person can confuse them. Send yours too, "
                                    "or keep it as a draft?"));
    QPushButton* sendToo = box.addButton(Text::tr("&Send mine too"), QMessageBox::AcceptRole);
    QPushButton* keep = box.addButton(Text::tr("&Don't send"), QMessageBox::RejectRole);
    box.setDefaultButton(keep);
    box.setEscapeButton(keep);
    box.exec();
    return box.clickedButton() == sendToo;
}

} // namespace hearken
