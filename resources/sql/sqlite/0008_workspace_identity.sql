-- SPDX-License-Identifier: GPL-3.0-or-later
-- Every workspace gets a random id of its own, made with it: its secrets live under that id in
-- the keychain every workspace on the desk shares, since account ids start at 1 in each.
-- A workspace that already had accounts kept their secrets under keys without a workspace; it
-- is marked so that it takes them over the first time it needs them (see WorkspaceVault).

INSERT INTO settings (key, value) VALUES ('workspace/secrets-id', lower(hex(randomblob(16))));

INSERT INTO settings (key, value)
    SELECT 'workspace/unscoped-secrets', '1'
    WHERE EXISTS (SELECT 1 FROM accounts WHERE is_sample = 0);
