-- SPDX-License-Identifier: GPL-3.0-or-later
-- Step 14 tunes PostgreSQL's search index (see resources/sql/postgresql/0014_search_speed.sql);
-- FTS5 merges its segments as it goes, so there is nothing to do here.
SELECT 1;
