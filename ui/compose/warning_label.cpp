// SPDX-License-Identifier: GPL-3.0-or-later
#include "compose/warning_label.h"

#include "shell/semantic_colors.h"

#include <QEvent>

namespace hearken {

WarningLabel::WarningLabel(QWidget* parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    hide();
    applyColors();
}

void WarningLabel::changeEvent(QEvent* event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_applying)
        applyColors();
}

void WarningLabel::applyColors()
{
    m_applying = true;
    const ChipColors colors = chipColors(warningColor(palette()), palette());
    setStyleSheet(u"QLabel { background: %1; border: 1px solid %2; color: %3; border-radius: 4px; "
                  "padding: 4px 6px; }"_qs.arg(colors.background.name(), colors.border.name(),
                                               colors.text.name()));
    m_applying = false;
}

} // namespace hearken
