-- gyeot schema 2: human counselors (alerts, claims, relay, the escalation ladder).
-- Times are INTEGER microseconds since the Unix epoch, UTC, as in schema 1.
-- Counselor ids are staff Telegram user ids (or a local console id), never hers. Nothing here
-- holds her platform id; her words exist only as AES-GCM ciphertext in `mail` (terminal relay)
-- and in `case_notes` (counselors' own notes), and both go when her case is unlinked.

-- Claim and alert state of a case.
ALTER TABLE cases ADD COLUMN claim_token TEXT;           -- random; the only thing in callback data
ALTER TABLE cases ADD COLUMN claimed_by INTEGER;         -- counselor id while claimed (kept on close)
ALTER TABLE cases ADD COLUMN claimed_via TEXT;           -- 'telegram' | 'terminal'
ALTER TABLE cases ADD COLUMN claimed_label TEXT;         -- counselor's first name, staff group only
ALTER TABLE cases ADD COLUMN claimed_at INTEGER;
ALTER TABLE cases ADD COLUMN first_claimed_at INTEGER;   -- time to claim, for reports
ALTER TABLE cases ADD COLUMN counselor_at INTEGER;       -- the counselor's last message to her
ALTER TABLE cases ADD COLUMN fallback_at INTEGER;        -- when she was told nobody is free
ALTER TABLE cases ADD COLUMN realerts INTEGER NOT NULL DEFAULT 0;
ALTER TABLE cases ADD COLUMN realert_pending INTEGER NOT NULL DEFAULT 0;
ALTER TABLE cases ADD COLUMN closed_by TEXT;             -- 'staff' | NULL (her /end; forget)
ALTER TABLE cases ADD COLUMN outcome TEXT;               -- counselor's outcome code on /close
ALTER TABLE cases ADD COLUMN reopened INTEGER NOT NULL DEFAULT 0;
ALTER TABLE cases ADD COLUMN alert_chat INTEGER;         -- where its alert lives (group/fallback)
ALTER TABLE cases ADD COLUMN alert_msg INTEGER;          -- that message (shared by a batch)
ALTER TABLE cases ADD COLUMN alert_rev INTEGER NOT NULL DEFAULT 1;   -- wanted alert revision
ALTER TABLE cases ADD COLUMN alert_done INTEGER NOT NULL DEFAULT 0;  -- revision shown
CREATE UNIQUE INDEX cases_claim_token ON cases (claim_token);
CREATE INDEX cases_claimed_by ON cases (claimed_by) WHERE status = 'claimed';
CREATE INDEX cases_alert_msg ON cases (alert_chat, alert_msg);

-- The ladder: one row per armed timer; a restart simply finds them again.
CREATE TABLE case_timers (
    case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    kind    TEXT NOT NULL CHECK (kind IN ('realert', 'fallback', 'claim_timeout')),
    due_at  INTEGER NOT NULL,
    PRIMARY KEY (case_id, kind)
) WITHOUT ROWID;
CREATE INDEX case_timers_due ON case_timers (due_at);

-- Changes to cases made anywhere (engine effects, /forget, staff), written by the triggers
-- below and consumed by the staff desk in order.
CREATE TABLE case_events (
    id         INTEGER PRIMARY KEY,
    case_id    INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    kind       TEXT NOT NULL,
    detail     TEXT NOT NULL DEFAULT '',
    counselor  INTEGER,
    created_at INTEGER NOT NULL
);

-- Counselors' staff-only notes. body: AES-GCM, aad "case_notes|body|<id>".
CREATE TABLE case_notes (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    case_id    INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    counselor  INTEGER NOT NULL,
    body       BLOB,
    created_at INTEGER NOT NULL
);
CREATE INDEX case_notes_case ON case_notes (case_id);

-- Which outbox row carried her message into which counselor's chat, so a counselor's reply to
-- it finds the case (through outbox.platform_message_id).
CREATE TABLE relay_links (
    outbox_id INTEGER PRIMARY KEY,
    case_id   INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    counselor INTEGER NOT NULL
);

-- Per counselor: the case plain text goes to, and the case last relayed into her chat.
CREATE TABLE staff_state (
    counselor       INTEGER PRIMARY KEY,
    active_case     INTEGER REFERENCES cases (id) ON DELETE SET NULL,
    last_relay_case INTEGER REFERENCES cases (id) ON DELETE SET NULL,
    updated_at      INTEGER NOT NULL
);

-- Local delivery for the terminal (`gyeot chat` and `gyeot staff`): deleted once shown.
-- recipient 'user' (target = her user key), 'counselor' (target = id) or 'staff' (notices).
-- user_key: whose words or case this is, so /forget removes it. body: AES-GCM,
-- aad "mail|body|<id>".
CREATE TABLE mail (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    recipient  TEXT NOT NULL CHECK (recipient IN ('user', 'counselor', 'staff')),
    target     TEXT NOT NULL DEFAULT '',
    user_key   TEXT,
    case_id    INTEGER REFERENCES cases (id) ON DELETE CASCADE,
    body       BLOB,
    created_at INTEGER NOT NULL
);
CREATE INDEX mail_recipient ON mail (recipient, target, id);
CREATE INDEX mail_user_key ON mail (user_key) WHERE user_key IS NOT NULL;

CREATE TRIGGER cases_opened AFTER INSERT ON cases
BEGIN
    UPDATE cases SET claim_token = lower(hex(randomblob(9))) WHERE id = NEW.id;
    INSERT INTO case_events (case_id, kind, detail, created_at)
    VALUES (NEW.id, 'opened', NEW.risk, NEW.opened_at);
END;

CREATE TRIGGER cases_raised AFTER UPDATE OF urgency, risk ON cases
WHEN NEW.status != 'closed' AND (NEW.urgency != OLD.urgency OR NEW.risk != OLD.risk)
BEGIN
    INSERT INTO case_events (case_id, kind, detail, counselor, created_at)
    VALUES (NEW.id, 'raised', NEW.risk, NEW.claimed_by, NEW.updated_at);
END;

CREATE TRIGGER cases_closed AFTER UPDATE OF status ON cases
WHEN NEW.status = 'closed' AND OLD.status != 'closed'
BEGIN
    DELETE FROM case_timers WHERE case_id = NEW.id;
    INSERT INTO case_events (case_id, kind, detail, counselor, created_at)
    VALUES (
        NEW.id, 'closed',
        CASE WHEN NEW.user_key IS NULL THEN 'forget' ELSE coalesce(NEW.closed_by, 'user') END,
        CASE WHEN OLD.status = 'claimed' THEN NEW.claimed_by END,
        NEW.updated_at
    );
END;

-- Unlinked from her (/forget, retention): her words and the counselors' notes about her go.
CREATE TRIGGER cases_unlinked AFTER UPDATE OF user_key ON cases
WHEN NEW.user_key IS NULL AND OLD.user_key IS NOT NULL
BEGIN
    DELETE FROM case_notes WHERE case_id = NEW.id;
    DELETE FROM mail WHERE case_id = NEW.id;
    DELETE FROM relay_links WHERE case_id = NEW.id;
END;

CREATE TRIGGER sessions_gone AFTER DELETE ON sessions
BEGIN
    DELETE FROM mail WHERE user_key = OLD.user_key;
END;

CREATE TRIGGER outbox_gone AFTER DELETE ON outbox
BEGIN
    DELETE FROM relay_links WHERE outbox_id = OLD.id;
END;

UPDATE cases SET claim_token = lower(hex(randomblob(9))) WHERE claim_token IS NULL;
