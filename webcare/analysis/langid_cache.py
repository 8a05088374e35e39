"""py3langid's model as webcare holds it (the fields of `langid_model.Tables`), kept in the user cache dir
(`compiled.cache_root`) so that a later process maps it instead of building it again.

Building it (decompressing py3langid's LZMA file, compacting the automaton) costs about
0.65 s of CPU, which every pool start and every process that met a text in a language
webcare does not read closely paid. Kept, it is one directory per model file (named by
its size, modification time and the languages read closely): the decompressed file
whose weights a process maps read-only, as it did the temporary file (the page cache
holds them, and every process shares them), and the other arrays, read whole (about
7 MB). The index holds a SHA-256 of each, checked on every read: anything missing,
damaged or written by another version is removed and built again. A directory is written under a
temporary name and renamed whole, so a reader sees all of it or none.
"""

from __future__ import annotations

import hashlib
import json
import mmap
import os
import shutil
from array import array
from collections.abc import Sequence
from pathlib import Path
from typing import IO, Any

from webcare.analysis.compiled import cache_root

_FORMAT = 1
_WEIGHTS = "weights.npz"
_INTEGERS = ("blocks", "block_at", "row_of", "row_start", "output")
"""The tables' `array`s, each kept as its raw bytes."""
_NUMBERS = ("pc", "four_ptc", "four_pc")
"""The tables' small NumPy arrays, each kept as its raw bytes."""


def directory(model: Path, languages: Sequence[str]) -> Path | None:
    """Where the tables built from `model` are kept, or None when the cache is off."""
    root = cache_root()
    if root is None:
        return None
    try:
        stat = model.stat()
    except OSError:
        return None
    name = f"{_FORMAT}-{stat.st_size}-{stat.st_mtime_ns}-{'-'.join(languages)}"
    return root / "langid" / name


def read(model: Path, languages: Sequence[str]) -> dict[str, Any] | None:
    """The fields of the tables kept for `model`, or None (none kept, or not intact)."""
    where = directory(model, languages)
    if where is None or not where.is_dir():
        return None
    try:
        return _read(where)
    except Exception:  # noqa: BLE001 - damaged, partly deleted, another layout: build it
        # Out of the way, so the build can keep a good one there (a process that maps
        # these weights keeps them: an unlinked file lives on while it is mapped).
        shutil.rmtree(where, ignore_errors=True)
        return None


def _read(where: Path) -> dict[str, Any]:
    import numpy as np

    index = json.loads((where / "index.json").read_text(encoding="utf-8"))
    if index["format"] != _FORMAT:
        raise ValueError("another format")
    parts: dict[str, Any] = {}
    for name in (*_INTEGERS, *_NUMBERS):
        data = (where / name).read_bytes()
        if hashlib.sha256(data).hexdigest() != index["sha256"][name]:
            raise ValueError(f"{name}: damaged")
        kind = index["kinds"][name]
        if name in _INTEGERS:
            parts[name] = array(kind, data)
        else:
            parts[name] = np.frombuffer(data, dtype=kind).reshape(index["shapes"][name])
    offset, dtype, shape = index["weights_at"], np.dtype(index["weights_dtype"]), index["weights"]
    size = dtype.itemsize * shape[0] * shape[1]
    with open(where / _WEIGHTS, "rb") as weights:
        if _digest(weights, offset, size) != index["sha256"][_WEIGHTS]:
            raise ValueError("weights: damaged")
        mapped = mmap.mmap(weights.fileno(), 0, access=mmap.ACCESS_READ)
    ptc = np.frombuffer(mapped, dtype=dtype, count=shape[0] * shape[1], offset=offset)
    return {"ptc": ptc.reshape(shape), "classes": index["classes"], "four": index["four"], **parts}


def _digest(file: IO[bytes], offset: int, size: int) -> str:
    """SHA-256 of `size` bytes at `offset`, read a MB at a time (not mapped: the pages
    stay the page cache's, not this process's)."""
    digest = hashlib.sha256()
    file.seek(offset)
    while size > 0:
        chunk = file.read(min(size, 1 << 20))
        if not chunk:
            raise ValueError("weights: cut short")
        digest.update(chunk)
        size -= len(chunk)
    return digest.hexdigest()


class Staging:
    """A directory being written: the decompressed model goes into `weights`, then
    `keep` adds the rest and renames it into place (or `discard` removes it)."""

    def __init__(self, final: Path, path: Path) -> None:
        self.final = final
        self.path = path
        self.weights: IO[bytes] = open(path / _WEIGHTS, "w+b")  # noqa: SIM115 - the loader closes it

    @classmethod
    def start(cls, model: Path, languages: Sequence[str]) -> Staging | None:
        """A staging directory beside where the tables go, or None (no cache, or no
        place to write one)."""
        final = directory(model, languages)
        if final is None:
            return None
        path = final.with_name(f".{final.name}.{os.getpid()}.tmp")
        try:
            path.mkdir(parents=True, exist_ok=True)
            _remove_abandoned(final)
            return cls(final, path)
        except OSError:
            return None

    def keep(self, tables: Any, weights_at: int) -> None:
        """Write the rest beside the weights and move the directory into place; any
        failure leaves nothing behind (the tables in use stay mapped)."""
        try:
            self._write(tables, weights_at)
            os.rename(self.path, self.final)
        except OSError:
            self.discard()  # another process kept the same first, or the disk is full

    def discard(self) -> None:
        shutil.rmtree(self.path, ignore_errors=True)

    def _write(self, tables: Any, weights_at: int) -> None:
        digests: dict[str, str] = {}
        kinds: dict[str, str] = {}
        shapes: dict[str, list[int]] = {}
        for name in (*_INTEGERS, *_NUMBERS):
            value = getattr(tables, name)
            data = value.tobytes()
            kinds[name] = value.typecode if name in _INTEGERS else value.dtype.str
            if name in _NUMBERS:
                shapes[name] = list(value.shape)
            (self.path / name).write_bytes(data)
            digests[name] = hashlib.sha256(data).hexdigest()
        ptc = tables.ptc
        with open(self.path / _WEIGHTS, "rb") as weights:
            digests[_WEIGHTS] = _digest(weights, weights_at, ptc.nbytes)
        index = {
            "format": _FORMAT,
            "classes": list(tables.classes),
            "four": list(tables.four),
            "weights_at": weights_at,
            "weights": list(ptc.shape),
            "weights_dtype": ptc.dtype.str,
            "kinds": kinds,
            "shapes": shapes,
            "sha256": digests,
        }
        (self.path / "index.json").write_text(json.dumps(index), encoding="utf-8")


ABANDONED_AFTER = 3600.0
"""Seconds after which a staging directory nobody renamed is a killed process's (a build
takes about a second): removed, since each holds the 30 MB of a decompressed model."""


def _remove_abandoned(final: Path) -> None:
    import time

    for staged in final.parent.glob(f".{final.name}.*.tmp"):
        try:
            if time.time() - staged.stat().st_mtime > ABANDONED_AFTER:
                shutil.rmtree(staged, ignore_errors=True)
        except OSError:
            pass  # gone already: another process cleaned it
