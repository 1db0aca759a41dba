-- SPDX-License-Identifier: GPL-3.0-or-later
-- The sidebar's counts, kept current on every write instead of counted on every read, and the
-- indexes the supervisor's reports read by, made at upgrade rather than by the first report.

-- The queue's rows tallied by everything a queue filter other than a search or the overdue
-- flag asks about. The columns are named as in queue, so that the queue query's conditions
-- read the tally word for word; answered_at and thanked_at hold 1 for "some time".
ALTER TABLE queue ADD COLUMN tally_key TEXT GENERATED ALWAYS AS (
    state || '|' || account_id || '|' || network || '|' || coalesce(tone, '') || '|' ||
    is_question || '|' || (answered_at IS NULL) || '|' || (thanked_at IS NULL) || '|' ||
    coalesce(assignee_id, '')) VIRTUAL;

CREATE TABLE queue_tally (
    key TEXT PRIMARY KEY,
    state TEXT NOT NULL,
    account_id INTEGER NOT NULL,
    network TEXT NOT NULL,
    tone TEXT,
    is_question INTEGER NOT NULL,
    answered_at INTEGER,
    thanked_at INTEGER,
    assignee_id INTEGER,
    rank INTEGER NOT NULL,
    n INTEGER NOT NULL
) STRICT, WITHOUT ROWID;

INSERT INTO queue_tally (key, state, account_id, network, tone, is_question, answered_at,
                         thanked_at, assignee_id, rank, n)
SELECT tally_key, state, account_id, network, tone, is_question, answered_at IS NOT NULL OR NULL,
       thanked_at IS NOT NULL OR NULL, assignee_id, rank, count(*)
FROM queue GROUP BY tally_key;

-- New rows are tallied by the ingest writer, the only writer that adds them, once per
-- transaction: a trigger per row cost a third of the ingest's time.

CREATE TRIGGER queue_tally_delete AFTER DELETE ON queue BEGIN
    UPDATE queue_tally SET n = n - 1 WHERE key = old.tally_key;
END;

CREATE TRIGGER queue_tally_update AFTER UPDATE OF state, account_id, network, tone, is_question,
    answered_at, thanked_at, assignee_id ON queue
WHEN old.tally_key IS NOT new.tally_key BEGIN
    UPDATE queue_tally SET n = n - 1 WHERE key = old.tally_key;
    INSERT INTO queue_tally (key, state, account_id, network, tone, is_question, answered_at,
                             thanked_at, assignee_id, rank, n)
    VALUES (new.tally_key, new.state, new.account_id, new.network, new.tone, new.is_question,
            new.answered_at IS NOT NULL OR NULL, new.thanked_at IS NOT NULL OR NULL,
            new.assignee_id, new.rank, 1)
    ON CONFLICT (key) DO UPDATE SET n = n + 1;
END;

-- Reports read periods of items, our replies and state changes; without these each read is a
-- scan of a whole table. Our replies' index takes the columns a report filters them by, and
-- the items' index all the columns a report reads of them (the first report on an older
-- workspace may have made it already).
CREATE INDEX IF NOT EXISTS queue_by_received ON queue (received_at, state, tone, is_question, assignee_id,
                                         answered_at, thanked_at, account_id, network);
DROP INDEX posts_own_by_time;
CREATE INDEX posts_own_by_time ON posts (created_at, account_id, network) WHERE kind = 'own';
-- Reports look for state changes only: the answers and thanks, most of the log with their
-- long details, are left out (the first report on an older workspace made a full one).
DROP INDEX IF EXISTS events_by_kind;
CREATE INDEX events_state_changes ON events (kind, detail, post_id) WHERE kind = 'state';
