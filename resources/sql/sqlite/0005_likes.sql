-- SPDX-License-Identifier: GPL-3.0-or-later
-- Our likes (favourites) of inbound items. thanked_at stays the moment an item was first
-- thanked, now derived from a thanking reply and, where the workspace counts likes as
-- thanks, a like; both sources are kept so that an unlike or a changed setting can be undone.

ALTER TABLE queue ADD COLUMN reply_thanked_at INTEGER;
ALTER TABLE queue ADD COLUMN liked_at INTEGER;
UPDATE queue SET reply_thanked_at = thanked_at;
