// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/event.h"
#include "domain/post.h"
#include "store/store_error.h"

#include <QList>

namespace hearken {

class Database;

// One post in a conversation, with its indentation below the thread's first known post.
struct ThreadEntry {
    Post post;
    int depth = 0;
    bool isFocus = false;
};

struct AuthorSummary {
    Person person;
    int items = 0;
    int criticism = 0;
    int praise = 0;
    int questions = 0;
};

// Posts as conversations: the thread around an item, its author, and its history.
class PostRepository {
public:
    explicit PostRepository(Database& database);

    StoreResult<Post> post(qint64 postId) const;
    // The parent chain up to the first known post, the item, and every reply below it
    // (ours included), in reading order.
    StoreResult<QList<ThreadEntry>> thread(qint64 postId) const;
    StoreResult<AuthorSummary> author(qint64 postId) const;
    StoreResult<QList<Event>> events(qint64 postId) const;

private:
    Database& m_database;
};

} // namespace hearken
