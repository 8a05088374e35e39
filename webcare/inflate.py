"""A response body's Content-Encoding undone with bounded output (pure, no I/O).

httpx inflates each network read whole: one 64 KiB read of a gzip bomb is ~64 MB at once,
before any size cap can look at it. `Decoder` yields pieces of at most `DECODED_PIECE`
bytes, lazily, so the fetcher counts what comes out and stops at `[poll] max_bytes`.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable, Iterator

DECODED_PIECE = 1 << 16
"""Bytes one decompression step may produce: what a gzip bomb can cost beyond the cap."""


class Decoder:
    """A response's Content-Encoding (gzip, deflate, or a chain of them) undone a piece of
    at most `DECODED_PIECE` bytes at a time, lazily, so the caller can stop at its cap. An
    encoding it does not know passes the bytes through, as httpx does; webcare asks for
    gzip and deflate only."""

    def __init__(self, content_encoding: str) -> None:
        names = [name.strip().lower() for name in content_encoding.split(",")]
        # Decoded in the reverse of the order they were applied in.
        self.layers = [_Inflate(name) for name in reversed(names) if name in _Inflate.KINDS]

    def decode(self, data: bytes) -> Iterator[bytes]:
        pieces: Iterable[bytes] = [data]
        for layer in self.layers:
            pieces = _through(layer, pieces)
        yield from (piece for piece in pieces if piece)

    def flush(self) -> bytes:
        """What is left once the body has ended (little: the input was consumed piecewise)."""
        data = b""
        for layer in self.layers:
            data = b"".join(layer.decode(data)) + layer.flush()
        return data


def _through(layer: _Inflate, pieces: Iterable[bytes]) -> Iterator[bytes]:
    for piece in pieces:
        yield from layer.decode(piece)


class _Inflate:
    """One gzip or deflate layer, decompressed with bounded output. After a gzip member
    comes another member (multi-member gzip) or nothing that counts (ignored, not kept)."""

    KINDS = frozenset({"gzip", "x-gzip", "deflate"})

    def __init__(self, name: str) -> None:
        self.gzip = name != "deflate"
        self.z = self._new()
        self.sniffing = not self.gzip
        """Deflate: wrapped in zlib or raw (as some servers send it), not known yet."""
        self.ended = False
        """The stream (a gzip member) is complete: what follows decides what is next."""
        self.done = False
        """Complete for good: whatever follows is ignored."""
        self.head = b""
        """Bytes held until there are two to decide on (a zlib header, a gzip magic)."""

    def _new(self, raw: bool = False) -> zlib._Decompress:
        if raw:
            return zlib.decompressobj(-zlib.MAX_WBITS)
        return zlib.decompressobj(zlib.MAX_WBITS | 16 if self.gzip else zlib.MAX_WBITS)

    def decode(self, data: bytes) -> Iterator[bytes]:
        while not self.done and (data or not self.ended):
            if self.sniffing or self.ended:
                self.head += data
                if len(self.head) < 2:
                    return
                data, self.head = self.head, b""
                if self.sniffing:
                    self.sniffing = False
                    if not _zlib_header(data):
                        self.z = self._new(raw=True)
                elif self.gzip and data.startswith(b"\x1f\x8b"):
                    self.z, self.ended = self._new(), False
                else:
                    self.done = True
                    return
            out = self.z.decompress(data, DECODED_PIECE)
            if out:
                yield out
            if self.z.eof:
                # All input after the end is in unused_data (unconsumed_tail may repeat it).
                self.ended, data = True, self.z.unused_data
            else:
                data = self.z.unconsumed_tail
                if not data and len(out) < DECODED_PIECE:
                    return  # input used up and no output pending

    def flush(self) -> bytes:
        return b"" if self.ended or self.sniffing else self.z.flush()


def _zlib_header(data: bytes) -> bool:
    """Whether `data` starts with a zlib stream header (RFC 1950: method 8, a check sum)."""
    return data[0] & 0x0F == 8 and (data[0] << 8 | data[1]) % 31 == 0
