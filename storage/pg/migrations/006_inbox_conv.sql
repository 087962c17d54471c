-- gyeot PostgreSQL schema 6: the conversation an inbox row belongs to, so that several processes
-- never handle two events of one person at the same time or out of order: a row is not claimed
-- while an earlier unhandled row of the same conversation is leased by another live process.
-- conv: her user key (the HMAC pseudonym every store uses), or 'staff' for counselors' updates;
-- NULL for rows written before this version (no ordering constraint, as before).
ALTER TABLE inbox ADD COLUMN conv TEXT;
CREATE INDEX inbox_conv_pending ON inbox (conv, id) WHERE done = 0;
