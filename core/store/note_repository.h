// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/note.h"
#include "store/store_error.h"

#include <QList>

namespace hearken {

class ChangeNotifier;
class Database;

// Internal notes on items, and the saved replies the composer offers.
class NoteRepository {
public:
    NoteRepository(Database& database, ChangeNotifier& changes);

    // Adds the note and a "note" event to the item's history.
    StoreResult<Note> add(qint64 postId, const QString& author, const QString& text, qint64 at);
    // Takes a note away (its undo); the history says so.
    StoreResult<void> remove(qint64 noteId, const QString& actor, qint64 at);
    StoreResult<QList<Note>> notes(qint64 postId) const;

    StoreResult<QList<SavedReply>> savedReplies() const;
    // Saves under `title`, replacing the body of a saved reply with that title.
    StoreResult<qint64> saveReply(const QString& title, const QString& body, qint64 now);
    StoreResult<void> removeReply(qint64 id);

private:
    Database& m_database;
    ChangeNotifier& m_changes;
};

} // namespace hearken
