-- gyeot schema 4: channels. Inbox and outbox rows carry the channel they belong to, so one
-- processor and one sender serve Telegram, the web chat and KakaoTalk alike.
-- inbox.id is our own row id (Telegram update ids and web/Kakao events share one table);
-- event_key is the platform's id of the event, for de-duplication within its channel: the
-- Telegram update_id, or a pseudonymous key plus a sequence number (never a raw platform id).
-- raw keeps its associated data "inbox|raw|<id>": old rows keep id = update_id.
CREATE TABLE inbox_v4 (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    channel     TEXT NOT NULL,
    event_key   TEXT NOT NULL,
    raw         BLOB,
    received_at INTEGER NOT NULL,
    done        INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),
    UNIQUE (channel, event_key)
);
INSERT INTO inbox_v4 (id, channel, event_key, raw, received_at, done)
SELECT update_id, 'telegram', CAST(update_id AS TEXT), raw, received_at, done FROM inbox;
DROP TABLE inbox;
ALTER TABLE inbox_v4 RENAME TO inbox;
CREATE INDEX inbox_pending ON inbox (id) WHERE done = 0;
CREATE INDEX inbox_received_at ON inbox (received_at);

-- The channel an outbox row goes out on, and `dest`: HMAC(secret, "channel:route"), the same
-- pseudonym as a user key, so a channel that cannot push (web, KakaoTalk) finds what waits for
-- one conversation without decrypting every row.
ALTER TABLE outbox ADD COLUMN channel TEXT NOT NULL DEFAULT 'telegram';
ALTER TABLE outbox ADD COLUMN dest TEXT;
CREATE INDEX outbox_dest ON outbox (dest, id) WHERE status = 'pending';
