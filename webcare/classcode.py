"""The methods `@dataclass` writes, compiled once per machine, not once per process.

`dataclasses` writes each class's `__init__`, `__repr__`, `__eq__`, `__hash__` and (frozen)
`__setattr__` and `__delattr__` as Python source and compiles it with `exec` whenever the
class is defined, that is at every import of the module that defines it. A report defines
47 data classes (the records, the settings, the store's queries): compiling their 279
methods was about 60% of what defining them costs, some 125 million instructions of a
report's 1,400 million. What `compile` makes of a source text depends only on the text
and the interpreter, so `install` hands `dataclasses` an `exec` that looks the text up in
a file of code objects kept in the cache directory (`compiled.cache_root`, `classes/`)
and compiles only what is not there; `save` adds what was compiled to the file.

Nothing else changes: the code object is the one `exec` would have compiled from the
same text (same file name, flags and optimisation level), run in the same namespaces, so
every class is the same. A file that is missing, damaged or written by another interpreter is
compiled around (and written again); a file that cannot be written costs only time. As
the file holds code, it is written readable by its owner only and not read when another
user owns it or anyone else may write to it (a shared `WEBCARE_CACHE_DIR`). Only
the command line installs it (`cli.main`), for its own process; a program that imports
webcare gets `dataclasses` as it is.
"""

from __future__ import annotations

import builtins
import os
import sys
from pathlib import Path
from typing import Any

_FORMAT = 1
_known: dict[str, Any] = {}
"""Source text -> code object: what the file held, then what this process compiled."""
_compiled: list[str] = []
"""The texts this process compiled (not in the file): `save` writes them."""
_used: set[str] = set()
"""The texts this process looked up."""
_path: Path | None = None
_MOST = 2000
"""A file of more texts is written again with only the texts of the process that writes it."""


def install(command: str) -> None:
    """Let `dataclasses` compile through the cache of `command` (one file per command: a
    report reads only what reports define). Once a process; a no-op without a cache
    directory or on another interpreter."""
    global _path
    import dataclasses

    if _path is not None or sys.implementation.name != "cpython":
        return
    if "exec" in vars(dataclasses):  # someone else's exec: leave it
        return
    from webcare.analysis.compiled import cache_root

    root = cache_root()
    if root is None:
        return
    name = command if command.isascii() and command.isalpha() else "other"
    tag = f"{_FORMAT}-{sys.implementation.cache_tag}-{sys.hexversion:x}-{sys.flags.optimize}"
    _path = root / "classes" / f"{name}-{tag}"
    _known.update(_read(_path))
    dataclasses.exec = _exec  # type: ignore[attr-defined]


def save() -> None:
    """Keep what this process compiled for the next one (nothing to do on a full hit)."""
    if _path is None or not _compiled:
        return
    if len(_known) > _MOST:  # old texts of classes since changed: keep this process's
        for source in [source for source in _known if source not in _used]:
            del _known[source]
    try:
        _write(_path, _known)
    except OSError:
        pass  # a read-only home, a full disk: only time lost
    _compiled.clear()


def _exec(source: Any, namespace: Any = None, local: Any = None, /) -> None:
    """`exec` as `dataclasses` calls it, with a source text compiled at most once."""
    if namespace is None:  # as exec: the caller's namespaces
        caller = sys._getframe(1)
        namespace = caller.f_globals
        if local is None:
            local = caller.f_locals
    if type(source) is str:
        _used.add(source)
        code = _known.get(source)
        if code is None:
            code = compile(source, "<string>", "exec", dont_inherit=True)
            _known[source] = code
            _compiled.append(source)
        source = code
    builtins.exec(source, namespace, local)


def _read(path: Path) -> dict[str, Any]:
    import marshal
    import zlib

    try:
        with path.open("rb") as file:
            held = os.fstat(file.fileno())
            if held.st_uid != os.geteuid() or held.st_mode & 0o022:
                return {}  # code someone else could have written is not run
            data = file.read()
        payload = memoryview(data)[4:]
        if zlib.crc32(payload) != int.from_bytes(data[:4], "little"):
            return {}
        known = marshal.loads(payload)
    except Exception:  # noqa: BLE001 - missing, damaged, another layout: compile them
        return {}
    return known if type(known) is dict else {}


def _write(path: Path, known: dict[str, Any]) -> None:
    import marshal
    import zlib

    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    payload = marshal.dumps(known)
    with os.fdopen(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), "wb") as file:
        file.write(zlib.crc32(payload).to_bytes(4, "little") + payload)
    os.replace(partial, path)  # whole or not at all, whoever reads it meanwhile
