-- SPDX-License-Identifier: GPL-3.0-or-later
-- Our likes (favourites) of inbound items; see resources/sql/sqlite/0005_likes.sql.

ALTER TABLE queue ADD COLUMN reply_thanked_at bigint;
ALTER TABLE queue ADD COLUMN liked_at bigint;
UPDATE queue SET reply_thanked_at = thanked_at;
