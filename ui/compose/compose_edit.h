// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPlainTextEdit>

namespace hearken {

// The reply text field: Ctrl+Enter sends, Ctrl+Shift+Enter sends and marks the item done,
// Escape hands the keyboard back to the queue. Qt offers no spell checking for text fields.
class ComposeEdit : public QPlainTextEdit {
    Q_OBJECT
public:
    using QPlainTextEdit::QPlainTextEdit;

Q_SIGNALS:
    void sendRequested(bool markDone);
    void leaveRequested();

protected:
    bool event(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
};

} // namespace hearken
