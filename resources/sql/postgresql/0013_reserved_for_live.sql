-- SPDX-License-Identifier: GPL-3.0-or-later
-- Holds step 13's place on the presence branch, whose own step is 14; the live changes' step 13
-- replaces this file when the branches meet.
SELECT 1;
