"""The WHERE of a mention query (`MentionQuery`), built once for both SQL dialects: each
backend gives its own spelling of a placeholder, a time, a flag and a list of values, and
its own narrowing of the floor (SQLite and PostgreSQL index it differently). Pure: text
and parameters, no database."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

from webcare.store.base import MentionQuery


@dataclass(frozen=True, slots=True)
class Dialect:
    """How one SQL dialect writes a parameter and takes a time."""

    mark: str
    """A parameter's placeholder: `?` (sqlite3) or `%s` (psycopg)."""
    time: Callable[[datetime], object]
    """A time as the driver takes it (ISO text in UTC for SQLite, an aware datetime)."""
    flag: Callable[[str, bool], str]
    """That a boolean column is true or false: `backfilled = 0`, `NOT backfilled`."""
    one_of: Callable[[str, Sequence[str]], tuple[str, list[object]]]
    """That an expression is one of these values, and the parameters that says it with."""
    floor: Callable[[str, datetime, datetime | None], tuple[str, list[object]]]
    """What can be on the floor at `now` under a policy stamp (and, from `recent_since`,
    praise still to thank): the backend's narrowing, on its own indexes."""


def mention_filter(q: MentionQuery, dialect: Dialect) -> tuple[list[str], list[object]]:
    """The clauses (to join with AND) and parameters of every filter of `q` but its
    search, which each backend matches its own way."""
    mark = dialect.mark
    clauses: list[str] = []
    params: list[object] = []

    def one_of(expression: str, values: Sequence[str]) -> None:
        clause, values_params = dialect.one_of(expression, values)
        clauses.append(clause)
        params.extend(values_params)

    if q.since is not None:
        clauses.append(f"created_at >= {mark}")
        params.append(dialect.time(q.since))
    if q.until is not None:
        clauses.append(f"created_at <= {mark}")
        params.append(dialect.time(q.until))
    if q.channels:
        one_of("channel", q.channels)
    if q.sources:
        one_of("source", q.sources)
    if q.threads:
        one_of("thread_id", q.threads)
    if q.statuses and q.status_at is not None:
        unanswered, (history, praise), at = headline_counts(q.status_at, dialect)
        whens = {
            "responded": (f"responded_at <= {mark}", at),
            "history": (f"{history} AND {unanswered}", at),
            "to_thank": (f"{praise} AND {unanswered}", at),
        }
        chosen = [whens[status] for status in q.statuses]
        clauses.append(f"({' OR '.join(f'({when})' for when, _ in chosen)})")
        params.extend(value for _, values in chosen for value in values)
    if q.sentiment:
        clauses.append(f"sentiment_label = {mark}")
        params.append(q.sentiment)
    if q.open_at is not None:
        backfilled = dialect.flag("backfilled", False)
        clauses.append(f"{backfilled} AND (responded_at IS NULL OR responded_at > {mark})")
        params.append(dialect.time(q.open_at))
        needs_reply = dialect.flag("needs_reply", True)
        if q.no_reply_since is None:
            clauses.append(needs_reply)
        else:
            clauses.append(f"({needs_reply} OR created_at >= {mark})")
            params.append(dialect.time(q.no_reply_since))
        if q.policy_stamp is not None:
            narrow, narrow_params = dialect.floor(q.policy_stamp, q.open_at, q.no_reply_since)
            clauses.append(narrow)
            params.extend(narrow_params)
    if q.assignees:
        # ASCII case folded on the column, as SQLite's lower() does (and lower() under the
        # "C" collation of every PostgreSQL column).
        one_of("lower(assignee)", [name.lower() for name in q.assignees])
    if q.unassigned:
        clauses.append("assignee IS NULL")
    return clauses, params


def headline_counts(now: datetime, dialect: Dialect) -> tuple[str, list[str], list[object]]:
    """What `Store.newest` counts: the condition "unanswered at `now`" and its parameters,
    and, of those rows, the conditions history (backfilled) and live praise to thank (the
    analysis found no reply needed and no person decided: `sla.reply_owed` calls it "to
    thank" by its reason's first word)."""
    flag = dialect.flag
    praise = (
        f"{flag('backfilled', False)} AND {flag('needs_reply', False)}"
        f" AND {flag('reply_decided', False)} AND substr(needs_reply_reason, 1, 6) = 'praise'"
    )
    unanswered = f"(responded_at IS NULL OR responded_at > {dialect.mark})"
    return unanswered, [flag("backfilled", True), praise], [dialect.time(now)]
