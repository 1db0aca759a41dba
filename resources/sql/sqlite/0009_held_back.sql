-- SPDX-License-Identifier: GPL-3.0-or-later
-- A mention the server's notification policy held back (Mastodon 4.3 "filtered" notifications):
-- Hearken fetches it anyway and marks it, so that the queue says why the brand's other apps
-- never showed it.

ALTER TABLE queue ADD COLUMN held_back INTEGER NOT NULL DEFAULT 0;
