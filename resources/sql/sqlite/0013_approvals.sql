-- SPDX-License-Identifier: GPL-3.0-or-later
-- Replies that need a supervisor's approval. A solo workspace has no supervisor, so here
-- nothing ever waits: the rules table and the outbox's approval columns exist only so that
-- the store is one design on both engines (resources/sql/postgresql/0013_approvals.sql is
-- where approval is enforced, by the database).

CREATE TABLE approval_rules (
    id INTEGER PRIMARY KEY,
    person TEXT UNIQUE,
    account_id INTEGER UNIQUE REFERENCES accounts (id) ON DELETE CASCADE,
    set_by TEXT NOT NULL,
    set_at INTEGER NOT NULL,
    CHECK ((person IS NULL) <> (account_id IS NULL))
) STRICT;

ALTER TABLE outbox ADD COLUMN approval TEXT NOT NULL DEFAULT 'none'
    CHECK (approval = 'none' OR approval = 'waiting' OR approval = 'approved'
           OR approval = 'returned');
ALTER TABLE outbox ADD COLUMN decided_by TEXT;
ALTER TABLE outbox ADD COLUMN decided_at INTEGER;
ALTER TABLE outbox ADD COLUMN returned_note TEXT NOT NULL DEFAULT '';
-- Nothing waits on a file; the index is here so that both engines keep one schema.
CREATE INDEX outbox_awaiting_approval ON outbox (created_at)
    WHERE approval = 'waiting' OR approval = 'returned';
