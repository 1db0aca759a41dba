-- SPDX-License-Identifier: GPL-3.0-or-later
-- Live: every statement that changes what desks show tells them which posts it changed, on
-- the channel hearken_changes, as '<kind>:<post id>,<post id>,...' (RemoteChanges reads it).
-- PostgreSQL delivers a notification only when its transaction commits, so an action rolled
-- back tells nobody, and drops a payload sent twice in one transaction (a queue change and its
-- event say the same thing once). A payload holds under 8000 bytes: long lists are split.
-- Past resetAfter ids in one transaction, one 'reset' (views reload) replaces the lists, so
-- that a bulk import does not send thousands of them.
CREATE FUNCTION hearken_notify_changes(kind text, ids bigint[]) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    resetAfter constant integer := 2000;
    maxPayload constant integer := 7900;
    sent bigint := coalesce(nullif(current_setting('hearken.notified_ids', true), ''), '0')::bigint;
    list text := '';
    id bigint;
BEGIN
    IF coalesce(cardinality(ids), 0) = 0 THEN
        RETURN;
    END IF;
    sent := sent + cardinality(ids);
    PERFORM set_config('hearken.notified_ids', sent::text, true);
    IF sent > resetAfter THEN
        PERFORM pg_notify('hearken_changes', 'reset');
        RETURN;
    END IF;
    FOREACH id IN ARRAY ids LOOP
        IF length(kind) + 1 + length(list) + 21 > maxPayload THEN
            PERFORM pg_notify('hearken_changes', kind || ':' || list);
            list := '';
        END IF;
        list := list || CASE WHEN list = '' THEN '' ELSE ',' END || id::text;
    END LOOP;
    PERFORM pg_notify('hearken_changes', kind || ':' || list);
END
$$;

-- What a trigger below runs, reading the rows its statement changed (the transition table
-- "changed"): TG_ARGV[0] names the kind, TG_ARGV[1] the column that holds the post's id (the
-- account's, for accounts).
CREATE FUNCTION hearken_notify_rows() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    ids bigint[];
BEGIN
    EXECUTE format('SELECT array_agg(DISTINCT %1$I ORDER BY %1$I) FROM changed', TG_ARGV[1])
        INTO ids;
    PERFORM hearken_notify_changes(TG_ARGV[0], ids);
    RETURN NULL;
END
$$;

-- A trigger with a transition table answers one kind of statement, hence one per event.
CREATE TRIGGER hearken_live_insert AFTER INSERT ON queue REFERENCING NEW TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION hearken_notify_rows('items', 'post_id');
CREATE TRIGGER hearken_live_update AFTER UPDATE ON queue REFERENCING NEW TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION hearken_notify_rows('items', 'post_id');
CREATE TRIGGER hearken_live_insert AFTER INSERT ON events REFERENCING NEW TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION hearken_notify_rows('items', 'post_id');
CREATE TRIGGER hearken_live_insert AFTER INSERT ON notes REFERENCING NEW TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION hearken_notify_rows('notes', 'post_id');
CREATE TRIGGER hearken_live_delete AFTER DELETE ON notes REFERENCING OLD TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION hearken_notify_rows('notes', 'post_id');
CREATE TRIGGER hearken_live_insert AFTER INSERT ON outbox REFERENCING NEW TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION hearken_notify_rows('outbox', 'target_post_id');
CREATE TRIGGER hearken_live_update AFTER UPDATE ON outbox REFERENCING NEW TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION hearken_notify_rows('outbox', 'target_post_id');
CREATE TRIGGER hearken_live_delete AFTER DELETE ON outbox REFERENCING OLD TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION hearken_notify_rows('outbox', 'target_post_id');
CREATE TRIGGER hearken_live_insert AFTER INSERT ON accounts REFERENCING NEW TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION hearken_notify_rows('accounts', 'id');
CREATE TRIGGER hearken_live_update AFTER UPDATE ON accounts REFERENCING NEW TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION hearken_notify_rows('accounts', 'id');
CREATE TRIGGER hearken_live_delete AFTER DELETE ON accounts REFERENCING OLD TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION hearken_notify_rows('accounts', 'id');
