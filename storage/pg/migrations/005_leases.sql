-- gyeot PostgreSQL schema 5 (PostgreSQL only): conversation leases, so that several processes
-- handle one conversation by one process at a time, in order (DESIGN.md "Several instances").
-- conv: the conversation's pseudonym (her user key, or 'staff' for the staff lane), never a
-- platform id. holder: the process ("host:pid:random"). fence: bumped whenever the holder
-- changes; a commit made under a lease checks holder and fence in its own transaction, so a
-- process that lost its lease (paused, partitioned) cannot commit over its successor.
-- lease_until: BIGINT microseconds; the holder renews while it has work and deletes the row
-- when its lane runs dry; a dead holder's rows expire and the next claim takes them over.
CREATE TABLE conversation_leases (
    conv        TEXT PRIMARY KEY,
    holder      TEXT NOT NULL,
    fence       BIGINT NOT NULL DEFAULT 1,
    lease_until BIGINT NOT NULL
);
CREATE INDEX conversation_leases_holder ON conversation_leases (holder);
