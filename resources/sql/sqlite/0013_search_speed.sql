-- SPDX-License-Identifier: GPL-3.0-or-later
-- Step 13 tunes PostgreSQL's search index (see resources/sql/postgresql/0013_search_speed.sql);
-- FTS5 merges its segments as it goes, so there is nothing to do here.
SELECT 1;
