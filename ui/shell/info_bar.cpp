// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/info_bar.h"

#include "shell/semantic_colors.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScopedValueRollback>

namespace hearken {

InfoBar::InfoBar(Kind kind, const QString& actionText, QWidget* parent)
    : QFrame(parent)
    , m_kind(kind)
    , m_text(new QLabel(this))
    , m_action(new QPushButton(actionText, this))
{
    setAutoFillBackground(true);
    setFrameShape(QFrame::StyledPanel);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 6, 8, 6);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_action);
    m_action->setVisible(!actionText.isEmpty());
    connect(m_action, &QPushButton::clicked, this, &InfoBar::actionTriggered);
    applyColors();
}

void InfoBar::setMessage(const QString& message)
{
    m_text->setText(message);
}

QString InfoBar::message() const
{
    return m_text->text();
}

void InfoBar::changeEvent(QEvent* event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_applyingColors)
        applyColors();
}

void InfoBar::applyColors()
{
    const QColor hue =
        m_kind == Kind::Error ? errorColor(palette()) : palette().color(QPalette::Highlight);
    const ChipColors colors = chipColors(hue, palette());
    QPalette tinted = palette();
    tinted.setColor(QPalette::Window, colors.background);
    const QScopedValueRollback applying(m_applyingColors, true);
    setPalette(tinted);
}

} // namespace hearken
