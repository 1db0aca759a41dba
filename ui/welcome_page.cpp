// SPDX-License-Identifier: GPL-3.0-or-later
#include "welcome_page.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace hearken {

namespace {

QLabel* paragraph(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

WelcomePage::WelcomePage(QWidget* parent)
    : QWidget(parent)
{
    auto* column = new QWidget(this);
    column->setMaximumWidth(560);
    auto* layout = new QVBoxLayout(column);
    layout->setSpacing(14);

    auto* title = new QLabel(tr("Welcome to Hearken"), column);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    titleFont.setWeight(QFont::DemiBold);
    title->setFont(titleFont);
    layout->addWidget(title);

    layout->addWidget(paragraph(
        tr("Hearken gathers the mentions, replies, quotes and comments addressed to your "
           "brand's accounts into one calm queue. Criticism and questions come first, kind "
           "words are not left unthanked, and your team can see who is answering what."),
        column));

    auto* nextHeading = new QLabel(tr("What to do next"), column);
    QFont headingFont = nextHeading->font();
    headingFont.setWeight(QFont::DemiBold);
    nextHeading->setFont(headingFont);
    layout->addSpacing(6);
    layout->addWidget(nextHeading);
    layout->addWidget(paragraph(
        tr("Add your brand's accounts. Signing in to Mastodon and Bluesky arrives in a coming "
           "version of Hearken; this version cannot connect to a network yet."),
        column));
    layout->addWidget(paragraph(
        tr("Until then, the sample workspace shows how Hearken works with a few hundred "
           "generated items from a made-up coffee brand. Nothing in it is real, and it is kept "
           "apart from your own workspace."),
        column));

    auto* buttons = new QHBoxLayout;
    m_sample = new QPushButton(tr("Open the sample workspace"), column);
    m_sample->setDefault(true);
    m_sample->setAutoDefault(true);
    QFont prominent = m_sample->font();
    prominent.setWeight(QFont::DemiBold);
    m_sample->setFont(prominent);
    m_sample->setMinimumHeight(m_sample->sizeHint().height() + 12);
    m_sample->setMinimumWidth(m_sample->sizeHint().width() + 24);
    auto* open = new QPushButton(tr("Open a workspace file…"), column);
    open->setMinimumHeight(m_sample->minimumHeight());
    buttons->addWidget(m_sample);
    buttons->addWidget(open);
    buttons->addStretch(1);
    layout->addSpacing(6);
    layout->addLayout(buttons);

    m_note = paragraph(QString(), column);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    m_note->hide();
    layout->addWidget(m_note);

    auto* outer = new QVBoxLayout(this);
    outer->addStretch(2);
    auto* centred = new QHBoxLayout;
    centred->addStretch(1);
    centred->addWidget(column, 3);
    centred->addStretch(1);
    outer->addLayout(centred);
    outer->addStretch(3);

    connect(m_sample, &QPushButton::clicked, this, &WelcomePage::openSampleRequested);
    connect(open, &QPushButton::clicked, this, &WelcomePage::openWorkspaceRequested);
}

void WelcomePage::setNote(const QString& note)
{
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

} // namespace hearken
