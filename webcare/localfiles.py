"""The only code that reads local exports: `webcare import` and sources with a `path`.

A regular file is read as large as it is, a part at a time, and no further than its size
when it was opened. What is not a regular file (a pipe, `/dev/stdin`, `<(zcat …)`,
`/dev/zero`) is copied up to `[import] max_bytes` into a temporary file first: it has no
size to check, may never end, and cannot be read twice (an encoding is told from the
whole file). `[poll] max_bytes` is for HTTP bodies only (`webcare.fetch`).
"""

from __future__ import annotations

import io
import os
import stat
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, BinaryIO, cast

from webcare.errors import SourceError
from webcare.fetch import Fetched
from webcare.settings import SourceSpec
from webcare.store.records import FetchState

SPOOL_IN_MEMORY = 8 << 20
"""Bytes of a pipe kept in memory before the rest of it goes to a temporary file."""


@dataclass(frozen=True, slots=True)
class Opened:
    """A local export, open: its bytes from the start (a seekable stream), or None when
    it is unchanged since the last poll."""

    stream: BinaryIO | None
    state: FetchState
    """Validators to store for the next poll (size and mtime of a regular file)."""


@contextmanager
def open_file(spec: SourceSpec, previous: FetchState | None, *, max_bytes: int) -> Iterator[Opened]:
    """Open a local export to be read a part at a time; unchanged size+mtime since the
    last poll counts as not modified.

    A regular file is read as large as it is, but no further than its size when opened
    (a file someone keeps appending to still ends). What is not a regular file
    (`/dev/zero`, a FIFO, a process substitution) has no size to check and may never end:
    it is copied, up to `max_bytes` (`[import] max_bytes`), to a temporary file that the
    reading can go back over (an encoding is told from the whole file); more is a
    SourceError, and nothing past the cap is read."""
    assert spec.path is not None
    try:
        info = os.stat(spec.path)
    except FileNotFoundError:
        raise SourceError(spec.name, f"file not found: {spec.path}") from None
    except OSError as exc:
        raise SourceError(spec.name, f"cannot read {spec.path}: {exc.strerror}") from None
    if stat.S_ISREG(info.st_mode):
        validator = f"file:{info.st_mtime_ns}:{info.st_size}"
        if previous is not None and previous.etag == validator:
            yield Opened(None, previous)
            return
        try:
            handle = open(spec.path, "rb", buffering=0)  # noqa: SIM115 - closed below
        except OSError as exc:
            raise SourceError(spec.name, f"cannot read {spec.path}: {exc.strerror}") from None
        with handle:
            size = os.fstat(handle.fileno()).st_size
            yield Opened(
                io.BufferedReader(_Prefix(handle, size), 1 << 16), FetchState(etag=validator)
            )
        return
    with tempfile.SpooledTemporaryFile(SPOOL_IN_MEMORY) as spool:
        try:
            with open(spec.path, "rb") as pipe:
                copied = 0
                while copied <= max_bytes and (
                    block := pipe.read(min(1 << 20, max_bytes + 1 - copied))
                ):
                    spool.write(block)
                    copied += len(block)
        except OSError as exc:
            raise SourceError(spec.name, f"cannot read {spec.path}: {exc.strerror}") from None
        if copied > max_bytes:
            raise SourceError(
                spec.name, f"{spec.path} holds more than import.max_bytes ({max_bytes:,} bytes)"
            )
        spool.seek(0)
        yield Opened(cast(BinaryIO, spool), FetchState())


def read_file(spec: SourceSpec, previous: FetchState | None, *, max_bytes: int) -> Fetched:
    """A local export whole, as `open_file` reads it (`max_bytes` bounds what is not a
    regular file): for kinds that read one document, and `webcare check --online`."""
    with open_file(spec, previous, max_bytes=max_bytes) as opened:
        if opened.stream is None:
            return Fetched(None, opened.state)
        try:
            return Fetched(opened.stream.read(), opened.state)
        except OSError as exc:
            raise SourceError(spec.name, f"cannot read {spec.path}: {exc.strerror}") from None


class _Prefix(io.RawIOBase):
    """The first `size` bytes of an unbuffered file, seekable within them."""

    def __init__(self, raw: BinaryIO, size: int) -> None:
        super().__init__()
        self.raw, self.size, self.position = raw, size, 0

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        wanted = min(len(buffer), self.size - self.position)
        if wanted <= 0:
            return 0
        got = self.raw.readinto(memoryview(buffer).cast("B")[:wanted])  # type: ignore[attr-defined]
        self.position += got or 0
        return got or 0

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        base = {io.SEEK_SET: 0, io.SEEK_CUR: self.position, io.SEEK_END: self.size}[whence]
        self.position = max(0, base + offset)
        self.raw.seek(min(self.position, self.size))
        return self.position

    def tell(self) -> int:
        return self.position
