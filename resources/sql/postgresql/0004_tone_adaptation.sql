-- SPDX-License-Identifier: GPL-3.0-or-later
-- What this workspace's people taught the tone classifier by correcting it. One row at most.

CREATE TABLE tone_adaptation (
    id bigint PRIMARY KEY CHECK (id = 1),
    layer bytea NOT NULL,
    corrections bigint NOT NULL,
    updated_at bigint NOT NULL
);
