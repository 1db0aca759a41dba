// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <Qt>

namespace hearken {

// The columns of the queue table, left to right. "Needs" shows the flags.
enum class QueueColumn { Network, Account, Author, Excerpt, Tone, Needs, Assignee, Age };
constexpr int queueColumnCount = int(QueueColumn::Age) + 1;
// The cell that stands for a whole row (the current cell, what a selection starts from): the
// post's, the one column that is never hidden. The view cannot extend a selection from a
// hidden cell.
constexpr int rowColumn = int(QueueColumn::Excerpt);

// Every custom role of Hearken's item models. Values of enums travel as int.
enum ItemRole : int {
    // Queue rows (any column).
    FlagsRole = Qt::UserRole + 1,
    ToneRole,
    ToneSourceRole,
    // Who else on the team is on the item right now ("ana is replying"); empty without anyone.
    PresenceRole,
    // Queue and sidebar rows.
    AccountIdRole,
    // Sidebar rows.
    SidebarKindRole,
    SavedViewIdRole,
    CountRole,
};

// What a sidebar row stands for.
enum class SidebarKind { Group, SavedView, Account };

} // namespace hearken
