-- SPDX-License-Identifier: GPL-3.0-or-later
-- Search indexing leaves the ingest path: the ingest writer lists new and edited posts here in
-- its own transaction, and the search indexer (core/store/search_indexer.cpp) moves them into
-- posts_search in batches afterwards (after an import or a sync, and when the window is idle).
-- Until then the search scans them itself (hearken_search_match), so nothing is missed; a
-- crash in between leaves them listed for the next run. Named after the index, whose own
-- bookkeeping it is: PostgreSQL's GIN index keeps its pending list itself.
CREATE TABLE posts_search_pending (
    post_id INTEGER PRIMARY KEY
) STRICT;

-- The contentless index forgets a post only when told the exact values it was given, so a post
-- still listed, never indexed, is only struck from the list.
DROP TRIGGER posts_search_delete;
CREATE TRIGGER posts_search_delete AFTER DELETE ON posts BEGIN
    INSERT INTO posts_search (posts_search, rowid, text, author)
    SELECT 'delete', old.id, old.text, p.handle || ' ' || p.display_name FROM people p
    WHERE p.id = old.author_id
      AND NOT EXISTS (SELECT 1 FROM posts_search_pending WHERE post_id = old.id);
    DELETE FROM posts_search_pending WHERE post_id = old.id;
END;

DROP TRIGGER people_search_update;
CREATE TRIGGER people_search_update AFTER UPDATE OF handle, display_name ON people
WHEN old.handle IS NOT new.handle OR old.display_name IS NOT new.display_name BEGIN
    INSERT INTO posts_search (posts_search, rowid, text, author)
    SELECT 'delete', id, text, old.handle || ' ' || old.display_name FROM posts
    WHERE author_id = old.id AND id NOT IN (SELECT post_id FROM posts_search_pending);
    INSERT INTO posts_search (rowid, text, author)
    SELECT id, text, new.handle || ' ' || new.display_name FROM posts
    WHERE author_id = new.id AND id NOT IN (SELECT post_id FROM posts_search_pending);
END;

-- No query reads this index: the unthanked-praise filter names tone = 'praise', and the planner
-- walks queue_by_tone (tone, state, rank, received_at) for it, with or without other filters
-- (EXPLAIN QUERY PLAN at 200,000 items); the counts read queue_tally. Every praise item paid
-- for it at ingest.
DROP INDEX queue_unthanked_praise;
