-- SPDX-License-Identifier: GPL-3.0-or-later
-- Nothing to do on SQLite: the step exists on both engines (see
-- resources/sql/postgresql/0015_live_changes.sql). One process per desk uses a workspace file,
-- and its own changes already reach its views through ChangeNotifier.
SELECT 1;
