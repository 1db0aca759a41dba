-- SPDX-License-Identifier: GPL-3.0-or-later
-- Step 17 takes SQLite's search indexing off the ingest path (see
-- resources/sql/sqlite/0017_search_pending.sql); the GIN index keeps its own pending list
-- (step 14), so there is nothing to do here.
SELECT 1;
