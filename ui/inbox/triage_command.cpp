// SPDX-License-Identifier: GPL-3.0-or-later
#include "inbox/triage_command.h"

namespace hearken {

TriageCommand::TriageCommand(QueueActions& actions, TriageChange change, const QString& text,
                             Applied applied)
    : QUndoCommand(text)
    , m_actions(actions)
    , m_change(std::move(change))
    , m_applied(std::move(applied))
{}

QList<qint64> TriageCommand::postIds() const
{
    QList<qint64> ids;
    for (const TriageState& state : m_change.before)
        ids.append(state.postId);
    return ids;
}

void TriageCommand::undo()
{
    m_applied(m_actions.undo(m_change), true, postIds());
}

void TriageCommand::redo()
{
    if (m_alreadyApplied) {
        m_alreadyApplied = false;
        return;
    }
    m_applied(m_actions.redo(m_change), false, postIds());
}

} // namespace hearken
