-- SPDX-License-Identifier: GPL-3.0-or-later
-- Full-text search over post text and author names, accent-insensitive, as FTS5 does on
-- SQLite: a tsvector per post of the 'simple' configuration over unaccented words, and a GIN
-- index. The last word a person types is searched as a prefix (to_tsquery's 'word:*').

CREATE EXTENSION IF NOT EXISTS unaccent;

-- unaccent() is only STABLE (it reads a dictionary chosen by the search path); naming the
-- dictionary makes the answer fixed, so that the index can be built from it.
CREATE FUNCTION hearken_unaccent(text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    RETURN unaccent('unaccent'::regdictionary, $1);

CREATE FUNCTION hearken_search_document(post_text text, author text) RETURNS tsvector
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN to_tsvector('simple'::regconfig, hearken_unaccent(coalesce(post_text, '') || ' ' ||
                                                              coalesce(author, '')));

-- Like the SQLite index, written by the ingest writer as the last step of each batch.
CREATE TABLE posts_search (
    post_id bigint PRIMARY KEY REFERENCES posts (id) ON DELETE CASCADE,
    document tsvector NOT NULL
);
CREATE INDEX posts_search_words ON posts_search USING gin (document);

-- A renamed author is re-indexed.
CREATE FUNCTION people_search_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE posts_search s
       SET document = hearken_search_document(p.text, new.handle || ' ' || new.display_name)
      FROM posts p
     WHERE p.author_id = new.id AND s.post_id = p.id;
    RETURN NULL;
END
$$;
CREATE TRIGGER people_search_update AFTER UPDATE OF handle, display_name ON people
    FOR EACH ROW
    WHEN (old.handle IS DISTINCT FROM new.handle OR old.display_name IS DISTINCT FROM new.display_name)
    EXECUTE FUNCTION people_search_update();

INSERT INTO posts_search (post_id, document)
SELECT posts.id, hearken_search_document(posts.text, people.handle || ' ' || people.display_name)
FROM posts JOIN people ON people.id = posts.author_id;
