-- SPDX-License-Identifier: GPL-3.0-or-later
-- What syncing with the networks needs: per-account cursors (written in the same transaction
-- as the data they cover), each account's sync status, and the app registrations kept per
-- server for reuse. Secrets (tokens, client secrets) are never stored here: the vault holds them.

CREATE TABLE cursors (
    account_id bigint NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    stream text NOT NULL,
    value text NOT NULL,
    updated_at bigint NOT NULL,
    PRIMARY KEY (account_id, stream)
);

-- ok: syncing normally; paused: rate-limited until paused_until; sign_in: the token expired
-- or was revoked and a person must sign in again; error: the last sync failed (last_error).
ALTER TABLE accounts ADD COLUMN sync_status text NOT NULL DEFAULT 'ok'
    CHECK (sync_status = 'ok' OR sync_status = 'paused' OR sync_status = 'sign_in' OR sync_status = 'error');
ALTER TABLE accounts ADD COLUMN paused_until bigint;
ALTER TABLE accounts ADD COLUMN last_error text NOT NULL DEFAULT '';
ALTER TABLE accounts ADD COLUMN last_sync_at bigint;

CREATE TABLE app_registrations (
    network text NOT NULL,
    server_url text NOT NULL,
    client_id text NOT NULL,
    redirect_uri text NOT NULL,
    scopes text NOT NULL,
    created_at bigint NOT NULL,
    PRIMARY KEY (network, server_url)
);
