// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/welcome_page.h"

#include "providers/provider_registry.h"
#include "shell/flow_layout.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
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

WelcomePage::WelcomePage(const ProviderRegistry& providers, QWidget* parent)
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
    QStringList labels;
    for (const Provider* provider : providers.providers())
        labels.append(provider->label());
    accountsLayout->addWidget(
        paragraph(tr("Add your brand's %1 accounts. Your browser opens to sign in; Hearken never "
                     "sees your password.")
                      .arg(QLocale().createSeparatedList(labels)),
                  m_accounts));
    // Rows that wrap, so that longer names (a language's, a network's) never clip a button.
    auto* addButtons = new FlowLayout;
    for (const Provider* provider : providers.providers()) {
        auto* add = new QPushButton(tr("Add a &%1 account…").arg(provider->label()), m_accounts);
        add->setFont(prominentFont(*add));
        add->setMinimumHeight(add->sizeHint().height() + 12);
        addButtons->addWidget(add);
        m_addButtons.insert(provider->id(), add);
        if (!m_firstAdd)
            m_firstAdd = add;
        connect(add, &QPushButton::clicked, this,
                [this, network = provider->id()] { Q_EMIT addAccountRequested(network); });
    }
    accountsLayout->addLayout(addButtons);
    layout->addWidget(m_accounts);

    m_sampleText = paragraph(QString(), column);
    layout->addSpacing(6);
    layout->addWidget(m_sampleText);

    auto* buttons = new FlowLayout;
    m_sample = new QPushButton(tr("Open the &sample workspace"), column);
    if (m_firstAdd)
        m_sample->setMinimumHeight(m_firstAdd->minimumHeight());
    auto* open = new QPushButton(tr("&Open a workspace file…"), column);
    open->setMinimumHeight(m_sample->minimumHeight());
    auto* openTeam = new QPushButton(tr("Open a &team workspace…"), column);
    openTeam->setObjectName(u"openTeamWorkspace"_qs);
    openTeam->setMinimumHeight(m_sample->minimumHeight());
    buttons->addWidget(m_sample);
    buttons->addWidget(open);
    buttons->addWidget(openTeam);
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
    connect(openTeam, &QPushButton::clicked, this, &WelcomePage::openTeamWorkspaceRequested);
    setCanAddAccounts(true);
}

void WelcomePage::setCanAddAccounts(bool can)
{
    // Without a registered network there is nothing to add.
    can = can && m_firstAdd;
    m_accounts->setVisible(can);
    if (m_firstAdd)
        m_firstAdd->setDefault(can);
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
