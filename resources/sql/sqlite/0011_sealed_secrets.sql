-- SPDX-License-Identifier: GPL-3.0-or-later
-- A team's tokens, sealed to its service's public key (issue #16). The service publishes its
-- public key here; a desk that signs an account in seals the token to it and stores only the
-- blob, which only the service's private key (a file the service keeps) opens. A dump of the
-- database holds no token anyone can use. A solo workspace keeps its tokens in the desk's
-- keychain and leaves both tables empty; they exist so that both engines have one schema.

-- The service's public key: one row, replaced only on purpose (hearken serve --replace-key).
CREATE TABLE service_keys (
    fingerprint text PRIMARY KEY,
    public_key blob NOT NULL,
    created_at integer NOT NULL
);

-- One sealed secret per vault key ("account/7/access-token"); sealed_to names the public key
-- (its fingerprint) it was sealed to.
CREATE TABLE sealed_secrets (
    key text PRIMARY KEY,
    blob blob NOT NULL,
    sealed_to text NOT NULL,
    updated_at integer NOT NULL
);
