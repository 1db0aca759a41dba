// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/note.h"

#include <QWidget>

#include <optional>

class QLineEdit;
class QListWidget;
class QUndoStack;

namespace hearken {

class Session;

// Internal notes on the current item (never sent anywhere), and a field to add one. Adding a
// note goes on the undo stack.
class NotesPanel : public QWidget {
    Q_OBJECT
public:
    NotesPanel(Session& session, QUndoStack& undo, QWidget* parent = nullptr);

    void showItem(std::optional<qint64> postId);
    bool addNote(const QString& text);
    void focusField();

    QLineEdit* field() const { return m_field; }
    QListWidget* list() const { return m_list; }

Q_SIGNALS:
    void failed(const QString& message);
    void leaveRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void reload();

    Session& m_session;
    QUndoStack& m_undo;
    std::optional<qint64> m_postId;
    QListWidget* m_list;
    QLineEdit* m_field;
};

} // namespace hearken
