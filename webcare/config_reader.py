"""`Reader`: typed access to one table of the config file, with errors that name the file
and the full key path (`sources[2] (reviews).channel`). The tables themselves are read in
`config_tables` and `config_sources`.
"""

from __future__ import annotations

import difflib
from datetime import timedelta
from typing import Any

from webcare.errors import ConfigError
from webcare.sizes import parse_size
from webcare.timeparse import parse_duration


def choices(valid: tuple[str, ...] | list[str], given: str) -> str:
    close = difflib.get_close_matches(given, valid, n=1)
    hint = f" (did you mean {close[0]!r}?)" if close else ""
    return f"{hint}; valid: {', '.join(valid)}"


class Reader:
    """Typed access to one TOML table that reports errors with the full key path."""

    def __init__(self, table: Any, prefix: str, file: str | None) -> None:
        self.file = file
        self.prefix = prefix
        if not isinstance(table, dict):
            raise self.error("must be a table", prefix or None)
        self.table: dict[str, Any] = table

    def error(self, message: str, key: str | None) -> ConfigError:
        return ConfigError(message, key=key, file=self.file)

    def key(self, name: str) -> str:
        return f"{self.prefix}.{name}" if self.prefix else name

    def only(self, valid: tuple[str, ...]) -> None:
        for name in self.table:
            if name not in valid:
                raise self.error(f"unknown key{choices(list(valid), name)}", self.key(name))

    def sub(self, name: str) -> Reader:
        return Reader(self.table.get(name, {}), self.key(name), self.file)

    def get(self, name: str, kind: type | tuple[type, ...], default: Any = None) -> Any:
        if name not in self.table:
            return default
        value = self.table[name]
        kinds = kind if isinstance(kind, tuple) else (kind,)
        # bool is an int to isinstance: `at_risk = true` must not read as 1.0.
        if isinstance(value, bool) and bool not in kinds and (int in kinds or float in kinds):
            raise self.error(f"must be a number, not {value!r}", self.key(name))
        if not isinstance(value, kind):
            names = " or ".join(t.__name__ for t in (kind if isinstance(kind, tuple) else (kind,)))
            raise self.error(
                f"must be a {names.replace('str', 'string')}, not {value!r}", self.key(name)
            )
        return value

    def strings(self, name: str) -> tuple[str, ...]:
        value = self.get(name, list, [])
        for item in value:
            if not isinstance(item, str) or not item.strip():
                raise self.error(
                    f"must be a list of non-empty strings, found {item!r}", self.key(name)
                )
        return tuple(item.strip() for item in value)

    def duration(self, name: str, default: timedelta | None = None) -> timedelta | None:
        text = self.get(name, str)
        if text is None:
            return default
        try:
            value = parse_duration(text)
        except ValueError as exc:
            raise self.error(str(exc), self.key(name)) from None
        if value <= timedelta(0):
            raise self.error("must be longer than zero", self.key(name))
        return value

    def size(self, name: str, default: int, *, least: int = 1024) -> int:
        """Bytes, written as a number or with a unit ("200MB", "1.5GB": `sizes`)."""
        try:
            value = parse_size(self.table.get(name, default))
        except ValueError as exc:
            raise self.error(str(exc), self.key(name)) from None
        if value < least:
            raise self.error(f"must be at least {least}, not {value}", self.key(name))
        return value
