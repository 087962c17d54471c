"""Translate the store's SQLite statements into PostgreSQL, once per statement text.

The shared helpers of `storage/` (effects, cases, mail, alerts, retention, rotation,
transcripts) are written once, in SQLite's dialect with `?` parameters. Running the same
statements on PostgreSQL keeps the two stores' behaviour identical by construction; what
differs between the dialects is small and listed here, each rule with the statement shape it
serves. A statement that needs another rule fails loudly in PostgreSQL, and the contract suite
runs every statement on both.
"""

from __future__ import annotations

import re
from functools import lru_cache

# The primary key of each table written with INSERT OR REPLACE (an upsert in PostgreSQL).
_REPLACE_KEYS = {"case_timers": ("case_id", "kind"), "relay_links": ("outbox_id",)}

_INSERT = re.compile(
    r"^INSERT OR (?P<verb>IGNORE|REPLACE) INTO (?P<table>\w+) \((?P<cols>[^)]*)\)", re.IGNORECASE
)
_JSON_EXTRACT = re.compile(r"json_extract\((\w+), '\$\.(\w+)'\)")
_JSON_SET = re.compile(r"json_set\((\w+), '\$\.(\w+)', json\(\?\)\)")
_SCALAR_MAX = re.compile(r"\bmax\((\w+), (\?|\w+)\)")
_BOOL_MIN = re.compile(r"\bmin\((\w+ = '[^']*')\)")
_NUMBERED = re.compile(r"\?(\d+)")


@lru_cache(maxsize=1024)
def to_postgres(sql: str) -> str:
    """Return `sql` (SQLite dialect, `?` parameters) as PostgreSQL with `$n` parameters."""
    sql = _upsert(sql)
    sql = _JSON_EXTRACT.sub(r"(\1::jsonb ->> '\2')", sql)
    sql = _JSON_SET.sub(r"jsonb_set(\1::jsonb, '{\2}', (?)::jsonb)::text", sql)
    sql = _SCALAR_MAX.sub(r"greatest(\1, \2)", sql)
    sql = _BOOL_MIN.sub(r"min((\1)::int)", sql)
    return _parameters(sql)


def returning_id(sql: str) -> str:
    """An INSERT that hands back the new row's id (SQLite's `lastrowid`)."""
    return f"{to_postgres(sql)} RETURNING id"


def _upsert(sql: str) -> str:
    """`INSERT OR IGNORE` and `INSERT OR REPLACE` as `ON CONFLICT` clauses."""
    found = _INSERT.match(sql)
    if found is None:
        return sql
    head = f"INSERT INTO {found['table']} ({found['cols']})"
    rest = sql[found.end() :]
    if found["verb"].upper() == "IGNORE":
        return f"{head}{rest} ON CONFLICT DO NOTHING"
    keys = _REPLACE_KEYS.get(found["table"])
    if keys is None:
        raise ValueError(f"no primary key known for INSERT OR REPLACE INTO {found['table']}")
    columns = [c.strip() for c in found["cols"].split(",")]
    sets = ", ".join(f"{c} = EXCLUDED.{c}" for c in columns if c not in keys)
    return f"{head}{rest} ON CONFLICT ({', '.join(keys)}) DO UPDATE SET {sets}"


def _parameters(sql: str) -> str:
    """Number SQLite's `?` and `?N` parameters as `$N`, leaving string literals alone."""
    out: list[str] = []
    count = 0
    for index, part in enumerate(sql.split("'")):
        if index % 2:  # inside a literal ('' escapes split into an empty part: still fine)
            out.append(part)
            continue
        part = _NUMBERED.sub(r"$\1", part)
        pieces = part.split("?")
        numbered = [pieces[0]]
        for piece in pieces[1:]:
            count += 1
            numbered.append(f"${count}{piece}")
        out.append("".join(numbered))
    return "'".join(out)
