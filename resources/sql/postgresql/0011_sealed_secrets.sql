-- SPDX-License-Identifier: GPL-3.0-or-later
-- A team's tokens, sealed to its service's public key; see
-- resources/sql/sqlite/0011_sealed_secrets.sql.

CREATE TABLE service_keys (
    fingerprint text PRIMARY KEY,
    public_key bytea NOT NULL,
    created_at bigint NOT NULL
);

CREATE TABLE sealed_secrets (
    key text PRIMARY KEY,
    blob bytea NOT NULL,
    sealed_to text NOT NULL,
    updated_at bigint NOT NULL
);
