// SPDX-License-Identifier: GPL-3.0-or-later
#include "compose/compose_edit.h"

#include <QKeyEvent>

namespace hearken {

namespace {
bool isSend(const QKeyEvent* key)
{
    return (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
           key->modifiers().testFlag(Qt::ControlModifier);
}
} // namespace

bool ComposeEdit::event(QEvent* event)
{
    // Keys the window would take as shortcuts (Escape, Return opens an item) belong to the
    // composer.
    if (event->type() == QEvent::ShortcutOverride) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Escape || key->key() == Qt::Key_Return ||
            key->key() == Qt::Key_Enter) {
            event->accept();
            return true;
        }
    }
    return QPlainTextEdit::event(event);
}

void ComposeEdit::keyPressEvent(QKeyEvent* event)
{
    if (isSend(event)) {
        Q_EMIT sendRequested(event->modifiers().testFlag(Qt::ShiftModifier));
        return;
    }
    if (event->key() == Qt::Key_Escape) {
        Q_EMIT leaveRequested();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

} // namespace hearken
