-- SPDX-License-Identifier: GPL-3.0-or-later
-- Named views of the queue for the sidebar. The filter is the JSON form of QueueFilter.

CREATE TABLE saved_views (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    filter TEXT NOT NULL CHECK (json_valid(filter)),
    position INTEGER NOT NULL
) STRICT;

INSERT INTO saved_views (name, filter, position) VALUES
    ('Needs attention', '{"states":["open"]}', 0),
    ('Unanswered criticism', '{"flag":"unanswered-criticism","states":["open"]}', 1),
    ('Unanswered questions', '{"flag":"unanswered-question","states":["open"]}', 2),
    ('Unthanked praise', '{"flag":"unthanked-praise","states":["open"]}', 3),
    ('Overdue', '{"flag":"overdue","states":["open"]}', 4),
    ('Snoozed', '{"states":["snoozed"]}', 5),
    ('Done', '{"states":["done"]}', 6),
    ('Dismissed', '{"states":["dismissed"]}', 7);
