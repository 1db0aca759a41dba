-- SPDX-License-Identifier: GPL-3.0-or-later
-- Signing an account in again starts its sync afresh: what the sync said of the old sign-in
-- (paused, sign in again, an error) holds no more. The database does it in the statement that
-- writes the sign-in, as on a team workspace (see PostgreSQL's step of the same name), where
-- only the service may write the sync state.
CREATE TRIGGER accounts_sign_in_restarts_sync
AFTER UPDATE OF handle, display_name, server_url, auth_kind ON accounts
BEGIN
    UPDATE accounts SET sync_status = 'ok', paused_until = NULL, last_error = ''
    WHERE id = new.id;
END;
