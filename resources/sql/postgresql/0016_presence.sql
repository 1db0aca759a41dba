-- SPDX-License-Identifier: GPL-3.0-or-later
-- Who is looking at or replying to which item; see resources/sql/sqlite/0016_presence.sql.
-- Every change is told to the other desks on the channel hearken_changes as
-- "presence:<post id>" (PostgreSQL sends a notification repeated in one transaction once).
CREATE TABLE presence (
    person text NOT NULL,
    post_id bigint NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
    activity text NOT NULL CHECK (activity = 'viewing' OR activity = 'replying'),
    since bigint NOT NULL,
    expires_at bigint NOT NULL,
    PRIMARY KEY (person, post_id)
);
CREATE INDEX presence_by_post ON presence (post_id, expires_at);

CREATE FUNCTION presence_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        PERFORM pg_notify('hearken_changes', 'presence:' || old.post_id);
    END IF;
    IF TG_OP <> 'DELETE' AND (TG_OP = 'INSERT' OR new.post_id <> old.post_id) THEN
        PERFORM pg_notify('hearken_changes', 'presence:' || new.post_id);
    END IF;
    RETURN NULL;
END
$$;
-- A heartbeat that only moves expires_at tells nobody anything new.
CREATE TRIGGER presence_notify_change AFTER UPDATE OF activity, since, post_id ON presence
    FOR EACH ROW WHEN (old.activity IS DISTINCT FROM new.activity OR old.since IS DISTINCT FROM new.since
                       OR old.post_id IS DISTINCT FROM new.post_id)
    EXECUTE FUNCTION presence_notify();
CREATE TRIGGER presence_notify_insert_delete AFTER INSERT OR DELETE ON presence
    FOR EACH ROW EXECUTE FUNCTION presence_notify();
