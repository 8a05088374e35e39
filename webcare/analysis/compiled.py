"""Big patterns compiled once per machine, not once per process, as Python keeps bytecode.

The rule scan and the phrase lists make a few patterns of 10 to 160 KB. CPython's `re`
parses and compiles a pattern in Python, and for these that is most of the CPU a process
spends before its first analysis (about 0.7 s of 1.0 s): every `webcare analyze`, every
poll or import with something new, every worker of a pool paid it. What `re` makes of a
pattern (a program for its C engine) depends only on the pattern, its flags and the
interpreter, so `pattern` keeps that program in a cache directory and a later process
hands it to the engine directly.

A program is kept only after the engine's pattern built from it compared equal (same
flags, same program) to what `re.compile` made of the same source, and `_sre.compile`
checks a program before it runs it. Anything unexpected (another interpreter, `re`
internals that changed, a damaged, unreadable or unwritable file) falls back to
`re.compile`: the cache only ever saves time, and never changes a match.

Where (`cache_root`): `WEBCARE_CACHE_DIR` (empty turns the cache off), else
`$XDG_CACHE_HOME/webcare`, else `~/.cache/webcare`; in it `patterns/`, one file per
pattern (and `langid/`, see `langid_cache`). The files hold compiled
rules, which include the `[urgency]` and `[topics]` patterns of a config, never a mention.
"""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path
from typing import Any

SMALLEST = 256
"""Patterns shorter than this are left to `re.compile`, which makes them about as fast as
a file is read. A 4 KB pattern compiles in about 3 ms (its program reads in 0.2 ms), and
the rules, the fact phrases and the urgency families make a hundred between 256 bytes and
4 KB that a Dutch text may need: 0.1 s of a one-off `webcare analyze`."""
_FORMAT = 1
_unsupported = False
"""Set when this interpreter's `re` builds programs another way: no more tries here."""


def cache_root() -> Path | None:
    """webcare's cache directory, or None when the cache is off."""
    configured = os.environ.get("WEBCARE_CACHE_DIR")
    if configured is not None:
        return Path(configured) if configured else None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "webcare"


def cache_dir() -> Path | None:
    """Where compiled patterns are kept, or None when the cache is off."""
    root = cache_root()
    return None if root is None else root / "patterns"


def pattern(source: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(source, flags)`, from the cache when a process compiled it before."""
    global _unsupported
    if len(source) < SMALLEST or _unsupported or sys.implementation.name != "cpython":
        return re.compile(source, flags)
    directory = cache_dir()
    if directory is None:
        return re.compile(source, flags)
    path = directory / _key(source, flags)
    try:
        return _load(path, source)
    except Exception:  # noqa: BLE001 - missing, damaged, another layout: compile it
        pass
    compiled = re.compile(source, flags)
    try:
        _save(path, source, flags, compiled)
    except OSError:
        pass  # a read-only home, a full disk: only time lost
    except Exception:  # noqa: BLE001 - re's internals are not what this was written for
        _unsupported = True
    return compiled


def _engine() -> Any:
    """CPython's regex engine, `re`'s own back end."""
    import _sre  # type: ignore[import-not-found]

    return _sre


def _key(source: str, flags: int) -> str:
    import hashlib

    identity = f"{_FORMAT}\0{sys.version}\0{_engine().MAGIC}\0{int(flags)}\0{source}"
    return hashlib.sha256(identity.encode("utf-8", "surrogatepass")).hexdigest()[:40]


def _load(path: Path, source: str) -> re.Pattern[str]:
    import hashlib
    import marshal

    data = path.read_bytes()
    digest, payload = data[:32], data[32:]
    if hashlib.sha256(payload).digest() != digest:
        raise ValueError(f"{path}: damaged")
    loaded: re.Pattern[str] = _engine().compile(source, *marshal.loads(payload))
    return loaded


def _save(path: Path, source: str, flags: int, compiled: re.Pattern[str]) -> None:
    import hashlib
    import marshal
    from re import _compiler, _parser  # type: ignore[attr-defined]

    parsed = _parser.parse(source, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    program = (
        int(flags | parsed.state.flags),
        [int(op) for op in _compiler._code(parsed, flags)],
        parsed.state.groups - 1,
        groupindex,
        tuple(indexgroup),
    )
    if _engine().compile(source, *program) != compiled:
        raise ValueError("re builds its programs another way here")
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    payload = marshal.dumps(program)
    partial.write_bytes(hashlib.sha256(payload).digest() + payload)
    os.replace(partial, path)  # whole or not at all, whoever reads it meanwhile
