// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSplitter>

#include <optional>

class QUndoStack;

namespace hearken {

class Composer;
class NotesPanel;
class Session;
class ThreadPane;

// The right-hand column: the conversation on top, the item's internal notes, and the composer.
class ReplyColumn : public QSplitter {
    Q_OBJECT
public:
    ReplyColumn(ThreadPane* thread, Session& session, QUndoStack& undo, QWidget* parent = nullptr);

    void showItem(std::optional<qint64> postId);
    Composer& composer() const { return *m_composer; }
    NotesPanel& notes() const { return *m_notes; }

private:
    NotesPanel* m_notes;
    Composer* m_composer;
};

} // namespace hearken
