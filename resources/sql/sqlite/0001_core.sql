-- SPDX-License-Identifier: GPL-3.0-or-later
-- Accounts, people, posts, the queue of items that need a human, and the audit log.
-- Times are seconds since the epoch, UTC.
-- CHECKs list values with OR: an IN list makes SQLite build a temporary table per row.

CREATE TABLE accounts (
    id INTEGER PRIMARY KEY,
    network TEXT NOT NULL,
    remote_id TEXT NOT NULL,
    handle TEXT NOT NULL,
    display_name TEXT NOT NULL DEFAULT '',
    server_url TEXT NOT NULL DEFAULT '',
    auth_kind TEXT NOT NULL DEFAULT '',
    is_sample INTEGER NOT NULL DEFAULT 0 CHECK (is_sample = 0 OR is_sample = 1),
    created_at INTEGER NOT NULL,
    UNIQUE (network, remote_id)
) STRICT;

CREATE TABLE people (
    id INTEGER PRIMARY KEY,
    network TEXT NOT NULL,
    remote_id TEXT NOT NULL,
    handle TEXT NOT NULL,
    display_name TEXT NOT NULL DEFAULT '',
    profile_url TEXT NOT NULL DEFAULT '',
    bio TEXT NOT NULL DEFAULT '',
    followers INTEGER,
    UNIQUE (network, remote_id)
) STRICT;

CREATE TABLE posts (
    id INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    network TEXT NOT NULL,
    remote_id TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind = 'mention' OR kind = 'reply' OR kind = 'quote' OR kind = 'comment' OR kind = 'own'),
    author_id INTEGER NOT NULL REFERENCES people (id),
    text TEXT NOT NULL,
    markup TEXT NOT NULL DEFAULT '',
    url TEXT NOT NULL DEFAULT '',
    reply_to_remote_id TEXT NOT NULL DEFAULT '',
    root_remote_id TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL,
    UNIQUE (network, remote_id)
) STRICT;
CREATE INDEX posts_by_parent ON posts (network, reply_to_remote_id);
CREATE INDEX posts_by_author ON posts (author_id);

CREATE TABLE teammates (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE
) STRICT;

CREATE TABLE queue (
    post_id INTEGER PRIMARY KEY REFERENCES posts (id) ON DELETE CASCADE,
    account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    network TEXT NOT NULL,
    received_at INTEGER NOT NULL,
    state TEXT NOT NULL DEFAULT 'open' CHECK (state = 'open' OR state = 'snoozed' OR state = 'done' OR state = 'dismissed'),
    snoozed_until INTEGER,
    tone TEXT CHECK (tone = 'criticism' OR tone = 'praise' OR tone = 'other'),
    tone_confidence REAL NOT NULL DEFAULT 0,
    tone_source TEXT CHECK (tone_source = 'model' OR tone_source = 'person' OR tone_source = 'sample'),
    is_question INTEGER NOT NULL DEFAULT 0 CHECK (is_question = 0 OR is_question = 1),
    assignee_id INTEGER REFERENCES teammates (id) ON DELETE SET NULL,
    answered_at INTEGER,
    thanked_at INTEGER,
    -- Attention order: unanswered criticism, unanswered questions, unthanked praise, the rest.
    -- Kept in the row so that every filter's first page is an index range scan.
    rank INTEGER GENERATED ALWAYS AS (
        CASE
            WHEN tone = 'criticism' AND answered_at IS NULL THEN 0
            WHEN is_question = 1 AND answered_at IS NULL THEN 1
            WHEN tone = 'praise' AND thanked_at IS NULL THEN 2
            ELSE 3
        END) STORED
) STRICT;
CREATE INDEX queue_by_state ON queue (state, rank, received_at);
CREATE INDEX queue_by_account ON queue (account_id, state, rank, received_at);
CREATE INDEX queue_by_network ON queue (network, state, rank, received_at);
CREATE INDEX queue_by_tone ON queue (tone, state, rank, received_at);
CREATE INDEX queue_by_assignee ON queue (assignee_id, state, rank, received_at);
-- The question and praise flags, word for word as the queue query asks for them.
CREATE INDEX queue_unanswered_questions ON queue (state, rank, received_at)
    WHERE is_question = 1 AND answered_at IS NULL;
CREATE INDEX queue_unthanked_praise ON queue (state, rank, received_at)
    WHERE tone = 'praise' AND thanked_at IS NULL;
CREATE INDEX queue_snoozed ON queue (snoozed_until) WHERE state = 'snoozed';

CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    post_id INTEGER NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
    at INTEGER NOT NULL,
    actor TEXT NOT NULL,
    kind TEXT NOT NULL,
    detail TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX events_by_post ON events (post_id, at);

CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;
