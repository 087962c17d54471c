-- gyeot PostgreSQL schema 7 (PostgreSQL only): wake the process where her web tab is open when
-- any process writes a reply for her (her answers, counselor replies, the ladder's fallbacks,
-- the /forget notice), instead of at the tab's next poll. Every outbox insert for the web
-- sends NOTIFY at commit, payload = the row's `dest` (the HMAC pseudonym already in the row;
-- never a route, an id or a word). Other channels are left out (NOTIFY serialises commits):
-- Telegram's sender in the writing process is woken in-process, and Kakao's event API waits
-- 10 s for a reply anyway and finds it by reading the outbox.
-- The channel is per schema, 'gyeot_outbox_' + the first 16 hex digits of SHA-256 of the
-- schema name (`storage/pg/notify.py` LISTENs on the same name), so two schemas on one
-- database never wake each other. Only pg_catalog functions: it works under any search_path.
CREATE FUNCTION gyeot_outbox_wake() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify(
        'gyeot_outbox_' || left(encode(sha256(convert_to(TG_TABLE_SCHEMA, 'UTF8')), 'hex'), 16),
        NEW.dest
    );
    RETURN NULL;
END $$;
CREATE TRIGGER outbox_wake AFTER INSERT ON outbox
FOR EACH ROW WHEN (NEW.dest IS NOT NULL AND NEW.channel = 'web')
EXECUTE FUNCTION gyeot_outbox_wake();
