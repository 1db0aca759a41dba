-- SPDX-License-Identifier: GPL-3.0-or-later
-- A GIN index collects new entries in a pending list that every search reads whole, entry by
-- entry, until the list reaches gin_pending_list_limit (4 MB by default) or a vacuum merges
-- it. After an import or a busy day that list held about 11,000 posts and made every search
-- read 500 pages before its first match. A list of at most 256 kB keeps a search's cost in the
-- index's own pages, and costs bulk inserts no more than the default (measured at 100,000
-- posts); the list left now is merged at once.
ALTER INDEX posts_search_words SET (gin_pending_list_limit = 256);
SELECT gin_clean_pending_list('posts_search_words'::regclass);
