-- SPDX-License-Identifier: GPL-3.0-or-later
-- Several services may deliver one workspace's outbox. A Sending row names the service that
-- claimed it and until when its claim holds; the service renews the claim while it waits for
-- the network, and another service takes over a row whose claim ran out (its service died),
-- sending it again with the same idempotency key. Rows left Sending before claims existed
-- have none and are taken over at once.
ALTER TABLE outbox ADD COLUMN claimed_by TEXT;
ALTER TABLE outbox ADD COLUMN claimed_until INTEGER;
