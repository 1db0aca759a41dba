-- SPDX-License-Identifier: GPL-3.0-or-later
-- Replies and likes on their way out, internal notes, saved replies, and follow-up topics.
-- An outbox row is committed before anything goes to a network; its idempotency key is sent
-- with every attempt so that a retry after a lost response never posts twice.

CREATE TABLE outbox (
    id INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    target_post_id INTEGER NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind = 'reply' OR kind = 'like'),
    text TEXT NOT NULL DEFAULT '',
    visibility TEXT NOT NULL DEFAULT '',
    idempotency_key TEXT NOT NULL UNIQUE,
    state TEXT NOT NULL DEFAULT 'queued'
        CHECK (state = 'queued' OR state = 'sending' OR state = 'sent' OR state = 'failed'),
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT NOT NULL DEFAULT '',
    remote_id TEXT NOT NULL DEFAULT '',
    remote_url TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL,
    next_attempt_at INTEGER,
    sent_at INTEGER,
    actor TEXT NOT NULL,
    -- Set when the reply tells someone that the topic they raised was shipped or fixed.
    topic_id INTEGER REFERENCES topics (id) ON DELETE SET NULL
) STRICT;
CREATE INDEX outbox_by_target ON outbox (target_post_id);
CREATE INDEX outbox_pending ON outbox (state, next_attempt_at)
    WHERE state = 'queued' OR state = 'sending';

-- Internal notes on an item: never sent anywhere.
CREATE TABLE notes (
    id INTEGER PRIMARY KEY,
    post_id INTEGER NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
    at INTEGER NOT NULL,
    author TEXT NOT NULL,
    text TEXT NOT NULL
) STRICT;
CREATE INDEX notes_by_post ON notes (post_id, at);

-- Reply templates with {placeholders} a person fills before sending.
CREATE TABLE saved_replies (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL UNIQUE,
    body TEXT NOT NULL,
    created_at INTEGER NOT NULL
) STRICT;

INSERT INTO saved_replies (title, body, created_at) VALUES
    ('Thanks for the kind words', 'Thank you so much, {name}! That made our day.', 0),
    ('Sorry, we are on it', 'Sorry about that, {name}. We are looking into it and will get back to you here as soon as we know more.', 0),
    ('Feature request noted', 'Thanks for the idea, {name}! I have passed it on to the {product} team and will let you know when it ships.', 0);

-- Follow-ups: feedback tagged with a topic; when the topic ships or is fixed, everyone who
-- raised it is told (told_at).
CREATE TABLE topics (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    status TEXT NOT NULL DEFAULT 'open'
        CHECK (status = 'open' OR status = 'shipped' OR status = 'fixed' OR status = 'declined'),
    created_at INTEGER NOT NULL,
    closed_at INTEGER
) STRICT;

CREATE TABLE topic_items (
    topic_id INTEGER NOT NULL REFERENCES topics (id) ON DELETE CASCADE,
    post_id INTEGER NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
    tagged_at INTEGER NOT NULL,
    tagged_by TEXT NOT NULL,
    told_at INTEGER,
    PRIMARY KEY (topic_id, post_id)
) STRICT;
CREATE INDEX topic_items_by_post ON topic_items (post_id);

-- Our recent replies, for the "sounds like a robot" check.
CREATE INDEX posts_own_by_time ON posts (created_at) WHERE kind = 'own';
