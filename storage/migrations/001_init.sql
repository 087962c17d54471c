-- gyeot schema 1.
-- Times are INTEGER microseconds since the Unix epoch, UTC.
-- user_key is HMAC-SHA256(secret, "channel:id") in hex: pseudonymous, never a platform id.
-- Nothing here holds message text, names or platform ids in clear (DESIGN.md, privacy model);
-- the only ciphertexts are AES-GCM blobs whose associated data is "table|column|row".

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value BLOB NOT NULL
) WITHOUT ROWID;

-- Her place in the conversation: Session as JSON, coarse codes only.
CREATE TABLE sessions (
    user_key   TEXT PRIMARY KEY,
    state      TEXT NOT NULL,
    updated_at INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX sessions_updated_at ON sessions (updated_at);

-- Intake answers she agreed to keep: a JSON object of [privacy] intake_fields only.
-- Lives exactly as long as her session row.
CREATE TABLE intake (
    user_key   TEXT PRIMARY KEY,
    fields     TEXT NOT NULL,
    updated_at INTEGER NOT NULL
) WITHOUT ROWID;

-- Cases counselors see, under an alias. user_key is NULL once unlinked (/forget, retention).
CREATE TABLE cases (
    id         INTEGER PRIMARY KEY,
    alias      TEXT NOT NULL UNIQUE,
    user_key   TEXT,
    status     TEXT NOT NULL CHECK (status IN ('open', 'claimed', 'closed')),
    urgency    TEXT NOT NULL CHECK (urgency IN ('normal', 'urgent')),
    risk       TEXT NOT NULL,
    opened_at  INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    closed_at  INTEGER
);
CREATE UNIQUE INDEX cases_one_open_per_user ON cases (user_key) WHERE status != 'closed';
CREATE INDEX cases_user_key ON cases (user_key);
CREATE INDEX cases_updated_at ON cases (updated_at);

-- The way back to her chat while a case needs it: AES-GCM, aad "routes|route|<user_key>".
CREATE TABLE routes (
    user_key   TEXT PRIMARY KEY,
    route      BLOB NOT NULL,
    updated_at INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX routes_updated_at ON routes (updated_at);

-- Redacted questions no topic fitted. Not linked to user_key in clear: owner_tag is
-- HMAC(link key, owner_salt || user_key) with a random salt per row, so rows of one person
-- cannot be grouped without the key, and /forget still finds hers.
CREATE TABLE unanswered (
    id         INTEGER PRIMARY KEY,
    text       TEXT NOT NULL,
    lang       TEXT NOT NULL,
    owner_salt BLOB NOT NULL,
    owner_tag  BLOB NOT NULL,
    created_at INTEGER NOT NULL
);
CREATE INDEX unanswered_created_at ON unanswered (created_at);

-- Content-free events: a kind, a rule/topic id or counts, the case alias. Never user_key.
CREATE TABLE audit (
    id         INTEGER PRIMARY KEY,
    kind       TEXT NOT NULL,
    detail     TEXT NOT NULL DEFAULT '',
    case_alias TEXT,
    created_at INTEGER NOT NULL
);
CREATE INDEX audit_created_at ON audit (created_at);

-- Platform updates written before they are acknowledged. raw: AES-GCM,
-- aad "inbox|raw|<update_id>", set to NULL when handled; the id stays for de-duplication.
CREATE TABLE inbox (
    update_id   INTEGER PRIMARY KEY,
    raw         BLOB,
    received_at INTEGER NOT NULL,
    done        INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1))
);
CREATE INDEX inbox_pending ON inbox (received_at, update_id) WHERE done = 0;
CREATE INDEX inbox_received_at ON inbox (received_at);

-- Messages to send after the commit. route/payload: AES-GCM, aad "outbox|route|<id>" and
-- "outbox|payload|<id>", set to NULL once sent or given up. user_key: whose commit queued it
-- (NULL for the reply to /forget itself). AUTOINCREMENT: ids, and so aad, are never reused.
CREATE TABLE outbox (
    id                  INTEGER PRIMARY KEY AUTOINCREMENT,
    user_key            TEXT,
    route               BLOB,
    payload             BLOB,
    status              TEXT NOT NULL DEFAULT 'pending'
                        CHECK (status IN ('pending', 'sent', 'failed')),
    attempts            INTEGER NOT NULL DEFAULT 0,
    platform_message_id INTEGER,
    created_at          INTEGER NOT NULL
);
CREATE INDEX outbox_pending ON outbox (id) WHERE status = 'pending';
CREATE INDEX outbox_user_key ON outbox (user_key) WHERE user_key IS NOT NULL;
CREATE INDEX outbox_created_at ON outbox (created_at);

-- Platform message ids in her chat (no content), so /erase can delete them.
CREATE TABLE chatlog (
    user_key   TEXT NOT NULL,
    message_id INTEGER NOT NULL,
    at         INTEGER NOT NULL,
    PRIMARY KEY (user_key, message_id)
) WITHOUT ROWID;
CREATE INDEX chatlog_at ON chatlog (at);
