-- SPDX-License-Identifier: GPL-3.0-or-later
-- Who is looking at or replying to which item right now. A desk refreshes its rows while it
-- stays on an item and removes them when it moves on or closes; a desk that dies leaves rows
-- that simply expire. A solo workspace has nobody else to show, so nothing writes here on
-- SQLite, but the table keeps both engines' schemas alike.
CREATE TABLE presence (
    person TEXT NOT NULL,
    post_id INTEGER NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
    activity TEXT NOT NULL CHECK (activity = 'viewing' OR activity = 'replying'),
    since INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    PRIMARY KEY (person, post_id)
) STRICT;
CREATE INDEX presence_by_post ON presence (post_id, expires_at);
