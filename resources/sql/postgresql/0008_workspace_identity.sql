-- SPDX-License-Identifier: GPL-3.0-or-later
-- Every workspace gets a random id of its own; see resources/sql/sqlite/0008_workspace_identity.sql.

INSERT INTO settings (key, value) VALUES ('workspace/secrets-id', replace(gen_random_uuid()::text, '-', ''));

INSERT INTO settings (key, value)
    SELECT 'workspace/unscoped-secrets', '1'
    WHERE EXISTS (SELECT 1 FROM accounts WHERE is_sample = 0);
