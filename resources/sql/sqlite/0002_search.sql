-- SPDX-License-Identifier: GPL-3.0-or-later
-- Full-text search over post text and author names, accent-insensitive. The last word a
-- person types is searched as a prefix; indexes of the short prefixes keep that fast
-- (longer prefixes match few terms and need none).

CREATE VIRTUAL TABLE posts_search USING fts5 (
    text, author,
    content = '',
    prefix = '2 3',
    tokenize = 'unicode61 remove_diacritics 2');

-- New and edited posts are indexed by the ingest writer as the last step of each batch:
-- FTS5 flushes its pending terms at every statement savepoint, so indexing row by row
-- from a trigger made ingest an order of magnitude slower.

CREATE TRIGGER posts_search_delete AFTER DELETE ON posts BEGIN
    INSERT INTO posts_search (posts_search, rowid, text, author)
    SELECT 'delete', old.id, old.text, p.handle || ' ' || p.display_name FROM people p WHERE p.id = old.author_id;
END;

-- A renamed author is re-indexed so that the contentless index is always deleted with
-- exactly the values it was given.
CREATE TRIGGER people_search_update AFTER UPDATE OF handle, display_name ON people
WHEN old.handle IS NOT new.handle OR old.display_name IS NOT new.display_name BEGIN
    INSERT INTO posts_search (posts_search, rowid, text, author)
    SELECT 'delete', id, text, old.handle || ' ' || old.display_name FROM posts WHERE author_id = old.id;
    INSERT INTO posts_search (rowid, text, author)
    SELECT id, text, new.handle || ' ' || new.display_name FROM posts WHERE author_id = new.id;
END;

INSERT INTO posts_search (rowid, text, author)
SELECT posts.id, posts.text, people.handle || ' ' || people.display_name
FROM posts JOIN people ON people.id = posts.author_id;
