-- SPDX-License-Identifier: GPL-3.0-or-later
-- Signing an account in again starts its sync afresh: what the service said of the old
-- sign-in (paused, sign in again, an error) holds no more. The database does it in the
-- statement that writes the sign-in, because on a team workspace the sync state is the
-- service's alone while a supervisor's desk signs accounts in: a column privilege covers the
-- columns a statement names, not those a trigger sets on the way, so the supervisors' grant
-- still refuses them any other change to the sync state.
CREATE FUNCTION accounts_sign_in_restarts_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    new.sync_status := 'ok';
    new.paused_until := NULL;
    new.last_error := '';
    RETURN new;
END
$$;
CREATE TRIGGER accounts_sign_in_restarts_sync
    BEFORE UPDATE OF handle, display_name, server_url, auth_kind ON accounts
    FOR EACH ROW EXECUTE FUNCTION accounts_sign_in_restarts_sync();
