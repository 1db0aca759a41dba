// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/welcome_page.h"

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

QFont prominentFont(const QWidget& widget)
{
    QFont font = widget.font();
    font.setWeight(QFont::DemiBold);
    return font;
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

    m_accounts = new QWidget(column);
    auto* accountsLayout = new QVBoxLayout(m_accounts);
    accountsLayout->setContentsMargins(0, 0, 0, 0);
    accountsLayout->addWidget(
        paragraph(tr("Add your brand's Mastodon and Bluesky accounts. Your browser opens to sign "
                     "in; Hearken never sees your password."),
                  m_accounts));
    auto* addButtons = new QHBoxLayout;
    m_addMastodon = new QPushButton(tr("Add a &Mastodon account…"), m_accounts);
    m_addBluesky = new QPushButton(tr("Add a &Bluesky account…"), m_accounts);
    for (QPushButton* add : {m_addMastodon, m_addBluesky}) {
        add->setFont(prominentFont(*add));
        add->setMinimumHeight(add->sizeHint().height() + 12);
        addButtons->addWidget(add);
    }
    addButtons->addStretch(1);
    accountsLayout->addLayout(addButtons);
    layout->addWidget(m_accounts);

    m_sampleText = paragraph(QString(), column);
    layout->addSpacing(6);
    layout->addWidget(m_sampleText);

    auto* buttons = new QHBoxLayout;
    m_sample = new QPushButton(tr("Open the &sample workspace"), column);
    m_sample->setMinimumHeight(m_addMastodon->minimumHeight());
    auto* open = new QPushButton(tr("&Open a workspace file…"), column);
    open->setMinimumHeight(m_sample->minimumHeight());
    buttons->addWidget(m_sample);
    buttons->addWidget(open);
    buttons->addStretch(1);
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

    connect(m_addMastodon, &QPushButton::clicked, this, &WelcomePage::addMastodonRequested);
    connect(m_addBluesky, &QPushButton::clicked, this, &WelcomePage::addBlueskyRequested);
    connect(m_sample, &QPushButton::clicked, this, &WelcomePage::openSampleRequested);
    connect(open, &QPushButton::clicked, this, &WelcomePage::openWorkspaceRequested);
    setCanAddAccounts(true);
}

void WelcomePage::setCanAddAccounts(bool can)
{
    m_accounts->setVisible(can);
    m_addMastodon->setDefault(can);
    m_sample->setDefault(!can);
    m_sample->setFont(can ? font() : prominentFont(*m_sample));
    m_sampleText->setText(can ? tr("Or look around first: the sample workspace shows how Hearken "
                                   "works with a few hundred generated items from a made-up "
                                   "coffee brand. Nothing in it is real, and it is kept apart "
                                   "from your own workspace.")
                              : tr("The sample workspace shows how Hearken works with a few "
                                   "hundred generated items from a made-up coffee brand. Nothing "
                                   "in it is real, and it is kept apart from your own workspace."));
}

void WelcomePage::setNote(const QString& note)
{
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

} // namespace hearken
