-- Support requests the bot recorded for partner support staff to work from: who asked (and in which conversation, so
-- staff can answer there), about which voucher, the question, where the user was pointed to follow up, and the
-- conversation's last turns as a JSON array. operation_key makes recording idempotent: a double click or a redelivered
-- submit finds the request already there. number is the request's reference (SR-000042).

CREATE TABLE support_requests (
    number          INTEGER PRIMARY KEY AUTOINCREMENT,
    operation_key   TEXT NOT NULL UNIQUE,
    recorded_at     TEXT NOT NULL,
    channel_id      TEXT NOT NULL,
    conversation_id TEXT NOT NULL,
    user_id         TEXT NOT NULL,
    user_name       TEXT,
    mpn_id          TEXT,
    aad_object_id   TEXT,
    voucher_number  TEXT,
    question        TEXT NOT NULL,
    follow_up       TEXT NOT NULL,
    recent_turns    TEXT NOT NULL
);

CREATE INDEX support_requests_by_partner ON support_requests (mpn_id, number);
