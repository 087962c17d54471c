-- gyeot PostgreSQL schema 8: conversation leases are gone (schema 5 added them, never used).
-- Two processes may still handle one event when its inbox claim lapses (a process starved of
-- CPU past the lease); the commit that marks the event done is fenced instead (`done = 0` in
-- its UPDATE, `AlreadyHandled` otherwise), so only the first commit goes through.
DROP TABLE IF EXISTS conversation_leases;
