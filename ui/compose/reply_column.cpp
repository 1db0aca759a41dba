// SPDX-License-Identifier: GPL-3.0-or-later
#include "compose/reply_column.h"

#include "compose/composer.h"
#include "compose/notes_panel.h"
#include "inbox/thread_pane.h"

namespace hearken {

ReplyColumn::ReplyColumn(ThreadPane* thread, Session& session, QUndoStack& undo, QWidget* parent)
    : QSplitter(Qt::Vertical, parent)
    , m_notes(new NotesPanel(session, undo))
    , m_composer(new Composer(session))
{
    setChildrenCollapsible(false);
    addWidget(thread);
    addWidget(m_notes);
    addWidget(m_composer);
    setStretchFactor(0, 1);
    setStretchFactor(1, 0);
    setStretchFactor(2, 0);
    setSizes({500, 80, 260});
}

void ReplyColumn::showItem(std::optional<qint64> postId)
{
    m_notes->showItem(postId);
    m_composer->showItem(postId);
}

} // namespace hearken
