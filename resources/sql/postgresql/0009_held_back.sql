-- SPDX-License-Identifier: GPL-3.0-or-later
-- A mention the server's notification policy held back; see resources/sql/sqlite/0009_held_back.sql.

ALTER TABLE queue ADD COLUMN held_back integer NOT NULL DEFAULT 0;
