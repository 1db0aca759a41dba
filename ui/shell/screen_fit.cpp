// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/screen_fit.h"

#include <QScreen>
#include <QWidget>

namespace hearken {

void fitToScreen(QWidget& window, QSize preferred)
{
    const QWidget* parent = window.parentWidget() ? window.parentWidget()->window() : nullptr;
    QScreen* screen = parent ? parent->screen() : window.screen();
    if (!screen)
        return;
    const QRect available = screen->availableGeometry();
    // The window manager's frame, as measured on the parent; none is known before a first show.
    const QSize frame = parent && parent->isVisible()
                            ? parent->frameGeometry().size() - parent->size()
                            : QSize(0, 0);
    const QSize size = preferred.boundedTo(available.size() - frame)
                           .expandedTo(window.minimumSizeHint())
                           .expandedTo(window.minimumSize());
    window.resize(size);
    const QRect over = parent && parent->isVisible() ? parent->frameGeometry() : available;
    QPoint topLeft = over.center() - QPoint((size.width() + frame.width()) / 2,
                                            (size.height() + frame.height()) / 2);
    topLeft.setX(std::clamp(
        topLeft.x(), available.left(),
        std::max(available.left(), available.right() + 1 - size.width() - frame.width())));
    topLeft.setY(std::clamp(
        topLeft.y(), available.top(),
        std::max(available.top(), available.bottom() + 1 - size.height() - frame.height())));
    window.move(topLeft);
}

} // namespace hearken
