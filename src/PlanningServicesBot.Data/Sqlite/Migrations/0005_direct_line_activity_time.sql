-- When a Direct Line conversation last logged an activity, so the retention sweep can delete conversations gone quiet
-- (with their logs, by the cascade). Null until the next activity: a conversation from before this migration counts
-- from when it started.

ALTER TABLE direct_line_conversations ADD COLUMN last_activity_at TEXT;
