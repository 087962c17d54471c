-- gyeot schema 3: transcripts, only when [privacy] store_transcripts = true.
-- Her messages, redacted before they get here, then AES-GCM with aad "transcripts|text|<id>".
-- AUTOINCREMENT: ids, and so aad, are never reused. Deleted with her (/forget, /erase), when
-- she turns out to be under 14, and retention_days after they were written.
CREATE TABLE transcripts (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    user_key   TEXT NOT NULL,
    speaker    TEXT NOT NULL DEFAULT 'her' CHECK (speaker IN ('her', 'counselor')),
    text       BLOB,
    created_at INTEGER NOT NULL
);
CREATE INDEX transcripts_user_key ON transcripts (user_key, id);
CREATE INDEX transcripts_created_at ON transcripts (created_at);
