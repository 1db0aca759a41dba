-- SPDX-License-Identifier: GPL-3.0-or-later
-- What this workspace's people taught the tone classifier by correcting it: a small layer of
-- weights on top of the shipped model. One row at most; no row means the shipped model.

CREATE TABLE tone_adaptation (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    layer BLOB NOT NULL,
    corrections INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
) STRICT;
