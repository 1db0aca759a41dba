-- SPDX-License-Identifier: GPL-3.0-or-later
-- Step 18 takes SQLite's search indexing off the ingest path (see
-- resources/sql/sqlite/0018_search_pending.sql); the GIN index keeps its own pending list
-- (step 14), so that part is SQLite's alone. The unthanked-praise filter is served by
-- queue_by_tone, as on SQLite, so its own index goes.
DROP INDEX queue_unthanked_praise;
