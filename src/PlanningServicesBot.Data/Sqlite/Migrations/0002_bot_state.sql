-- Bot Framework conversation and user state: one JSON document per storage key, guarded by its ETag.
-- updated_at (ISO-8601 UTC) lets an operator find and prune conversations nobody has touched for long.

CREATE TABLE bot_state (
    key        TEXT PRIMARY KEY,
    etag       TEXT NOT NULL,
    value      TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
