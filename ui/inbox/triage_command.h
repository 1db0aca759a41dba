// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/store_error.h"
#include "workflow/queue_actions.h"

#include <QUndoCommand>

#include <functional>

namespace hearken {

// One triage action on the undo stack. It is pushed after the action was carried out, so
// the first redo() does nothing; later ones redo it through QueueActions.
class TriageCommand : public QUndoCommand {
public:
    // Told after every undo or redo, with its outcome and the items it touched.
    using Applied = std::function<void(const StoreResult<void>& outcome, bool undone,
                                       const QList<qint64>& postIds)>;

    TriageCommand(QueueActions& actions, TriageChange change, const QString& text, Applied applied);

    void undo() override;
    void redo() override;

private:
    QList<qint64> postIds() const;

    QueueActions& m_actions;
    TriageChange m_change;
    Applied m_applied;
    bool m_alreadyApplied = true;
};

} // namespace hearken
