-- The embedded Direct Line channel (web chat): started conversations and their activity logs, so any instance, and
-- the same one after a restart, serves a conversation from the client's watermark. A conversation's watermark is the
-- sequence of its newest activity; sequences count 1, 2, 3… per conversation and are never reused.

CREATE TABLE direct_line_conversations (
    id            TEXT PRIMARY KEY,
    user_id       TEXT NOT NULL,
    started_at    TEXT NOT NULL,
    last_sequence INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE direct_line_activities (
    conversation_id TEXT NOT NULL REFERENCES direct_line_conversations (id) ON DELETE CASCADE,
    sequence        INTEGER NOT NULL,
    activity        TEXT NOT NULL,
    PRIMARY KEY (conversation_id, sequence)
) WITHOUT ROWID;

-- The key Direct Line tokens are signed with when configuration names none: one row, written once.
CREATE TABLE direct_line_signing_key (
    id        INTEGER PRIMARY KEY CHECK (id = 1),
    key_bytes BLOB NOT NULL
);
