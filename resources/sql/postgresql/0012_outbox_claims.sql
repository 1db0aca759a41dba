-- SPDX-License-Identifier: GPL-3.0-or-later
-- Who claimed a Sending outbox row and until when; see
-- resources/sql/sqlite/0012_outbox_claims.sql.
ALTER TABLE outbox ADD COLUMN claimed_by text;
ALTER TABLE outbox ADD COLUMN claimed_until bigint;
