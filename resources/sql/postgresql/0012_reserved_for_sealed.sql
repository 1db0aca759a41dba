-- SPDX-License-Identifier: GPL-3.0-or-later
-- Holds step 12 for the sealed branch's migration, so that the outbox's claims can be step 13
-- on this branch; the merge replaces this file with that migration.
SELECT 1;
