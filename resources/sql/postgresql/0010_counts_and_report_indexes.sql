-- SPDX-License-Identifier: GPL-3.0-or-later
-- The sidebar's counts, kept current on every write, and the indexes the reports read by;
-- see resources/sql/sqlite/0010_counts_and_report_indexes.sql. PostgreSQL computes only
-- stored generated columns, and a stored key needs its parts cast explicitly (the casts are
-- immutable, the implicit ones of || are not).

ALTER TABLE queue ADD COLUMN tally_key text GENERATED ALWAYS AS (
    state || '|' || account_id::text || '|' || network || '|' || coalesce(tone, '') || '|' ||
    is_question::text || '|' || (answered_at IS NULL)::integer::text || '|' ||
    (thanked_at IS NULL)::integer::text || '|' || coalesce(assignee_id::text, '')) STORED;

CREATE TABLE queue_tally (
    key text PRIMARY KEY,
    state text NOT NULL,
    account_id bigint NOT NULL,
    network text NOT NULL,
    tone text,
    is_question integer NOT NULL,
    answered_at bigint,
    thanked_at bigint,
    assignee_id bigint,
    rank integer NOT NULL,
    n bigint NOT NULL
);

INSERT INTO queue_tally (key, state, account_id, network, tone, is_question, answered_at,
                         thanked_at, assignee_id, rank, n)
SELECT tally_key, min(state), min(account_id), min(network), min(tone), min(is_question),
       max(CASE WHEN answered_at IS NULL THEN NULL ELSE 1 END),
       max(CASE WHEN thanked_at IS NULL THEN NULL ELSE 1 END), min(assignee_id), min(rank),
       count(*)
FROM queue GROUP BY tally_key;

-- New rows are tallied by the ingest writer, once per transaction.

CREATE FUNCTION queue_tally_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE queue_tally SET n = n - 1 WHERE key = old.tally_key;
    RETURN NULL;
END
$$;
CREATE TRIGGER queue_tally_delete AFTER DELETE ON queue
    FOR EACH ROW EXECUTE FUNCTION queue_tally_delete();

CREATE FUNCTION queue_tally_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE queue_tally SET n = n - 1 WHERE key = old.tally_key;
    INSERT INTO queue_tally (key, state, account_id, network, tone, is_question, answered_at,
                             thanked_at, assignee_id, rank, n)
    VALUES (new.tally_key, new.state, new.account_id, new.network, new.tone, new.is_question,
            CASE WHEN new.answered_at IS NULL THEN NULL ELSE 1 END,
            CASE WHEN new.thanked_at IS NULL THEN NULL ELSE 1 END,
            new.assignee_id, new.rank, 1)
    ON CONFLICT (key) DO UPDATE SET n = queue_tally.n + 1;
    RETURN NULL;
END
$$;
CREATE TRIGGER queue_tally_update AFTER UPDATE OF state, account_id, network, tone, is_question,
    answered_at, thanked_at, assignee_id ON queue
    FOR EACH ROW WHEN (old.tally_key IS DISTINCT FROM new.tally_key)
    EXECUTE FUNCTION queue_tally_update();

CREATE INDEX IF NOT EXISTS queue_by_received ON queue (received_at, state, tone, is_question,
                                                       assignee_id, answered_at, thanked_at,
                                                       account_id, network);
DROP INDEX posts_own_by_time;
CREATE INDEX posts_own_by_time ON posts (created_at, account_id, network) WHERE kind = 'own';
DROP INDEX IF EXISTS events_by_kind;
CREATE INDEX events_state_changes ON events (kind, detail, post_id) WHERE kind = 'state';
