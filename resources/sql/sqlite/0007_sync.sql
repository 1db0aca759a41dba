-- SPDX-License-Identifier: GPL-3.0-or-later
-- What syncing with the networks needs: per-account cursors (written in the same transaction
-- as the data they cover), each account's sync status, and the app registrations kept per
-- server for reuse. Secrets (tokens, client secrets) are never stored here: the vault holds them.

CREATE TABLE cursors (
    account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    stream TEXT NOT NULL,
    value TEXT NOT NULL,
    updated_at INTEGER NOT NULL,
    PRIMARY KEY (account_id, stream)
) STRICT;

-- ok: syncing normally; paused: rate-limited until paused_until; sign_in: the token expired
-- or was revoked and a person must sign in again; error: the last sync failed (last_error).
ALTER TABLE accounts ADD COLUMN sync_status TEXT NOT NULL DEFAULT 'ok'
    CHECK (sync_status = 'ok' OR sync_status = 'paused' OR sync_status = 'sign_in' OR sync_status = 'error');
ALTER TABLE accounts ADD COLUMN paused_until INTEGER;
ALTER TABLE accounts ADD COLUMN last_error TEXT NOT NULL DEFAULT '';
ALTER TABLE accounts ADD COLUMN last_sync_at INTEGER;

CREATE TABLE app_registrations (
    network TEXT NOT NULL,
    server_url TEXT NOT NULL,
    client_id TEXT NOT NULL,
    redirect_uri TEXT NOT NULL,
    scopes TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    PRIMARY KEY (network, server_url)
) STRICT;
