"""Reaching a PostgreSQL store: its URL, what may be printed of it, the connection, and the
words for what goes wrong.

The password never leaves this module: it comes from a `${ENV}` reference in the URL
(filled in only here), or from libpq's own `.pgpass`, service file or `PGPASSWORD`. What
webcare prints names the host and the database (`location`, `where`), and a driver's
message passes `reason`, which takes out any password it might quote.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from urllib.parse import quote

import psycopg
from psycopg.conninfo import conninfo_to_dict, make_conninfo

from webcare.errors import StoreError
from webcare.secrets import expand_url

SCHEMES = ("postgresql://", "postgres://")
CONNECT_TIMEOUT = 10
"""Seconds to wait for the server to answer before the command fails (exit 4)."""


def is_url(location: str) -> bool:
    return location.startswith(SCHEMES)


@dataclass(frozen=True, slots=True)
class Target:
    """A PostgreSQL store to connect to. `conninfo` may hold the password: never print it."""

    conninfo: str
    location: str
    """The URL without its password, to name the store in messages."""
    where: str
    """`database "webcare" on db.example:5432`: for error messages."""
    secrets: tuple[str, ...]
    """Values that must not reach a message (the password, as given and encoded)."""

    def redact(self, text: str) -> str:
        for secret in self.secrets:
            if len(secret) >= 3:
                text = text.replace(secret, "***")
        return text


def target(url: str) -> Target:
    """Parse a `postgresql://` URL, `${ENV}` references filled in (an unset one is a
    config error naming the variable)."""
    expanded = expand_url(url, key="store url")
    try:
        params = conninfo_to_dict(expanded)
    except psycopg.Error as exc:
        hidden = _password_in(expanded)
        message = str(exc).replace(hidden, "***") if len(hidden) >= 3 else str(exc)
        raise StoreError(f"not a valid PostgreSQL URL: {_one_line(message)}") from None
    password = str(params.get("password") or "")
    user = str(params.get("user") or "")
    host = str(params.get("host") or params.get("hostaddr") or "")
    port = str(params.get("port") or "")
    dbname = str(params.get("dbname") or "")
    netloc = (quote(user, safe="") + "@" if user else "") + ("" if host.startswith("/") else host)
    netloc += f":{port}" if port and not host.startswith("/") else ""
    query = [f"host={host}"] if host.startswith("/") else []
    query += [f"port={port}"] if port and host.startswith("/") else []
    query += [f"service={params['service']}"] if params.get("service") else []
    location = f"postgresql://{netloc}/{quote(dbname, safe='')}"
    location += "?" + "&".join(query) if query else ""
    shown_host = host or os.environ.get("PGHOST") or "the local socket"
    shown_db = dbname or os.environ.get("PGDATABASE") or user or os.environ.get("PGUSER") or "?"
    where = f'database "{shown_db}" on {shown_host}' + (f":{port}" if port else "")
    secrets = tuple({password, quote(password, safe=""), _password_in(expanded)} - {""})
    return Target(expanded, location, where, secrets)


def _password_in(url: str) -> str:
    """The password part of a URL as written (percent-encoded), or ''."""
    netloc = url.split("://", 1)[-1].split("/", 1)[0]
    userinfo = netloc.rpartition("@")[0]
    return userinfo.partition(":")[2] if ":" in userinfo else ""


def connect(where: Target, *, read_only: bool) -> psycopg.Connection[tuple[object, ...]]:
    """A connection in autocommit mode (transactions are explicit), its session in UTC.

    `read_only`: every transaction of the session is read-only, so a reading command
    cannot change the store, and works for an account allowed only to read it."""
    options = "-c TimeZone=UTC" + (" -c default_transaction_read_only=on" if read_only else "")
    given = conninfo_to_dict(where.conninfo)
    if given.get("options"):
        options = f"{given['options']} {options}"
    extra: dict[str, str | int | None] = {"options": options, "application_name": "webcare"}
    if "connect_timeout" not in given and "PGCONNECT_TIMEOUT" not in os.environ:
        extra["connect_timeout"] = CONNECT_TIMEOUT
    try:
        return psycopg.connect(make_conninfo(where.conninfo, **extra), autocommit=True)
    except psycopg.Error as exc:
        raise StoreError(
            f"cannot connect to the PostgreSQL {where.where}: {reason(exc, where)}"
        ) from None


def reason(exc: BaseException, where: Target) -> str:
    """Why a database call failed, on one printable line, without any password."""
    if isinstance(exc, psycopg.Error):
        diag = exc.diag
        text = diag.message_primary or str(exc) or type(exc).__name__
        if isinstance(exc, psycopg.errors.InsufficientPrivilege):
            text += (
                "; this account may not write to it (commands that only read, such as "
                "report, still work)"
            )
        elif isinstance(exc, psycopg.errors.ReadOnlySqlTransaction):
            text += "; the server or this session only allows reading"
        return where.redact(_one_line(text))
    return where.redact(_one_line(f"{type(exc).__name__}: {exc}"))


def _one_line(text: str, limit: int = 240) -> str:
    cleaned = " ".join("".join(c if c.isprintable() else " " for c in text).split())
    return cleaned if len(cleaned) <= limit else cleaned[: limit - 1] + "…"
