"""py3langid's model held small: the same numbers, so the same answers, in a tenth of the memory.

py3langid 0.3 ships its model as an .npz inside LZMA and loads it into about 70 MB:

- a byte automaton: 38,346 distinct rows of 256 transitions as 4-byte integers (39 MB);
- the weight of each of 100,053 features for each of 142 languages, as float16 (28 MB);
- which feature each of 104,583 states outputs, as a list of Python ints (4 MB).

Loading it took a peak of about 105 MB more than before (the automaton copied from
NumPy into an `array`). webcare reads the same file into:

- the automaton's rows cut in blocks of 16 transitions, each distinct block kept once
  (55,779 of 2.45 million blocks: 6 MB). A transition is
  `blocks[block_at[row * 16 + byte // 16] + byte % 16]`: the very same number;
- the weights memory-mapped, read-only, from the decompressed file (py3langid
  decompresses into a temporary file too; webcare keeps the weights' part of it): a
  text reads the rows of its own features, which the page cache holds rather than the
  process, and forked workers share them;
- the four languages webcare reads closely copied as one small table (0.8 MB), read
  from the file without mapping the rest.

When the file is not laid out as this expects (another py3langid), py3langid's own loader
reads it and its tables are compacted the same way: the answers never depend on which.
"""

from __future__ import annotations

import lzma
import mmap
import shutil
import struct
import tempfile
import zipfile
from array import array
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import IO, Any

BLOCK = 16
"""Transitions per block of the automaton: the size that keeps the fewest bytes (measured)."""
_ROWS_AT_ONCE = 1024
"""Automaton rows deduplicated at a time: about a MB of NumPy at once, not the whole 39 MB
(bigger parts raised the loading's peak RSS and left more freed memory behind)."""


@dataclass(frozen=True, slots=True)
class Tables:
    """py3langid's model, as `load` holds it (see the module docstring)."""

    ptc: Any
    """Feature x language weights (float16, memory-mapped when the layout allowed)."""
    pc: Any
    """Each language's prior (float32)."""
    classes: list[str]
    four_ptc: Any
    """The weights of `four`'s languages only, in the model's column order, row by row."""
    four_pc: Any
    four: list[str]
    """The languages of `four_ptc`, in the model's column order."""
    blocks: array[int]
    """The distinct blocks of `BLOCK` transitions, one after the other."""
    block_at: array[int]
    """For row r and byte b: where in `blocks` its block starts, at `r * BLOCK + b // BLOCK`."""
    row_of: array[int]
    """The automaton row of each state."""
    row_start: array[int]
    """Where each state's row starts in `block_at`: its row times `BLOCK`."""
    output: array[int]
    """The feature each state outputs, or -1."""


def load(languages: Sequence[str]) -> Tables:
    """The model py3langid would load, with `languages`' columns apart (see the module
    docstring): from the cache when a process built it before (`langid_cache`)."""
    from py3langid.langid import MODEL_DIR, MODEL_FILE

    from webcare.analysis import langid_cache

    path = MODEL_DIR / MODEL_FILE
    kept = langid_cache.read(path, languages)
    if kept is not None:
        return Tables(**kept)
    # The decompressed file goes where the cache keeps it, when there is one: the weights
    # stay in it, mapped, as they would in a temporary file.
    staging = langid_cache.Staging.start(path, languages)
    tmp = tempfile.TemporaryFile(suffix=".npz") if staging is None else staging.weights
    try:
        with lzma.open(path) as source:
            shutil.copyfileobj(source, tmp, length=1 << 20)
        tables, weights_at = _from_npz(tmp, languages)
    except (KeyError, ValueError, zipfile.BadZipFile, OSError):
        # Another layout, or a temporary file that cannot be mapped: py3langid's loader.
        tmp.close()
        if staging is not None:
            staging.discard()
        return _from_upstream(languages)
    if staging is not None:
        staging.keep(tables, weights_at)
    return tables


def _from_npz(tmp: IO[bytes], languages: Sequence[str]) -> tuple[Tables, int]:
    """The tables, and where in the file the weights they map start."""
    import numpy as np

    archive = zipfile.ZipFile(tmp)
    small = {name: _read(archive, name) for name in ("pc", "classes", "nextmove_row", "out_feat")}
    classes = small["classes"].tolist()
    # The weights stay in the file: mapped, where the rest of the file is cut away.
    offset, dtype, shape = _place(archive, tmp, "ptc")
    if dtype != np.float16 or len(shape) != 2 or shape[1] != len(classes):
        raise ValueError("unexpected weights")
    end = offset + dtype.itemsize * shape[0] * shape[1]
    with archive.open("nextmove.npy") as member:
        blocks, block_at = _compact(_rows(member))
    if all(info.header_offset >= end for info in archive.infolist() if info.filename != "ptc.npy"):
        tmp.truncate(end)  # the weights come first: the rest of the file is read already
    columns = [i for i, language in enumerate(classes) if language in languages]
    four_ptc = _columns(tmp, offset, dtype, shape, columns)
    mapped = mmap.mmap(tmp.fileno(), 0, access=mmap.ACCESS_READ)
    tmp.close()  # the mapping keeps the (unlinked) file while the weights are in use
    ptc = np.frombuffer(mapped, dtype=dtype, count=shape[0] * shape[1], offset=offset)
    pc = small["pc"]
    tables = Tables(
        ptc=ptc.reshape(shape),
        pc=pc,
        classes=classes,
        four_ptc=four_ptc,
        four_pc=pc[columns],
        four=[classes[i] for i in columns],
        blocks=blocks,
        block_at=block_at,
        row_of=array("I", small["nextmove_row"].astype(np.uint32).tobytes()),
        row_start=array("I", (small["nextmove_row"].astype(np.uint32) * BLOCK).tobytes()),
        output=array("i", small["out_feat"].astype(np.int32).tobytes()),
    )
    return tables, offset


def _read(archive: zipfile.ZipFile, name: str) -> Any:
    import numpy as np

    with archive.open(f"{name}.npy") as member:
        return np.lib.format.read_array(member, allow_pickle=False)


def _header(member: IO[bytes]) -> tuple[Any, tuple[int, ...]]:
    """An .npy member's dtype and shape, the member read up to its data."""
    import numpy as np

    version = np.lib.format.read_magic(member)
    if version == (1, 0):
        shape, fortran, dtype = np.lib.format.read_array_header_1_0(member)
    else:
        shape, fortran, dtype = np.lib.format.read_array_header_2_0(member)
    if fortran or dtype.hasobject:
        raise ValueError("unexpected array layout")
    return dtype, shape


def _place(archive: zipfile.ZipFile, tmp: IO[bytes], name: str) -> tuple[int, Any, tuple[int, ...]]:
    """Where an uncompressed member's array data starts in the file, its dtype and shape."""
    info = archive.getinfo(f"{name}.npy")
    if info.compress_type != zipfile.ZIP_STORED:
        raise ValueError("compressed member")
    with archive.open(info) as member:
        dtype, shape = _header(member)
        header = member.tell()
    tmp.seek(info.header_offset)
    local = tmp.read(30)  # the local file header: its name and extra field lengths at 26
    name_length, extra_length = struct.unpack("<HH", local[26:30])
    return info.header_offset + 30 + name_length + extra_length + header, dtype, shape


def _rows(member: IO[bytes]) -> Iterator[Any]:
    """The automaton's rows, `_ROWS_AT_ONCE` at a time (each a 2-D array of 256 columns)."""
    import numpy as np

    dtype, shape = _header(member)
    if len(shape) != 1 or shape[0] % 256 or dtype.kind != "u":
        raise ValueError("unexpected automaton layout")
    left = shape[0]
    while left:
        count = min(left, _ROWS_AT_ONCE * 256)
        data = member.read(count * dtype.itemsize)
        yield np.frombuffer(data, dtype=dtype, count=count).reshape(-1, 256)
        left -= count


def _compact(rows: Iterator[Any]) -> tuple[array[int], array[int]]:
    """The rows' distinct blocks of `BLOCK` transitions, and where each row's blocks start."""
    import numpy as np

    blocks, block_at = array("I"), array("I")
    index: dict[bytes, int] = {}
    for chunk in rows:
        chunk = np.ascontiguousarray(chunk, dtype=np.uint32).reshape(-1, BLOCK)
        keys = chunk.view(np.dtype((np.void, BLOCK * 4))).ravel()
        distinct, inverse = np.unique(keys, return_inverse=True)
        starts = []
        for key in distinct:
            raw = key.tobytes()
            start = index.get(raw)
            if start is None:
                start = index[raw] = len(blocks)
                blocks.frombytes(raw)
            starts.append(start)
        block_at.frombytes(np.asarray(starts, dtype=np.uint32)[inverse.ravel()].tobytes())
    return blocks, block_at


def _columns(
    tmp: IO[bytes], offset: int, dtype: Any, shape: tuple[int, ...], columns: list[int]
) -> Any:
    """The weights' `columns`, row by row, read a part at a time (not through the mapping:
    reading them all would make every page of it the process's)."""
    import numpy as np

    rows, width = shape
    out = np.empty((rows, len(columns)), dtype=dtype)
    step = 2048
    for start in range(0, rows, step):
        count = min(step, rows - start)
        tmp.seek(offset + start * width * dtype.itemsize)
        part = np.frombuffer(tmp.read(count * width * dtype.itemsize), dtype=dtype)
        out[start : start + count] = part.reshape(count, width)[:, columns]
    return out


def _from_upstream(languages: Sequence[str]) -> Tables:
    """py3langid's own loader, its automaton compacted the same way (another layout)."""
    import numpy as np
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

    full = LanguageIdentifier.from_modelpath(MODEL_DIR / MODEL_FILE)
    ptc, pc, classes = full._full_model  # noqa: SLF001
    nextmove = np.asarray(full.tk_nextmove).reshape(-1, 256)
    blocks, block_at = _compact(
        nextmove[start : start + _ROWS_AT_ONCE] for start in range(0, len(nextmove), _ROWS_AT_ONCE)
    )
    columns = [i for i, language in enumerate(classes) if language in languages]
    return Tables(
        ptc=ptc,
        pc=pc,
        classes=list(classes),
        four_ptc=np.ascontiguousarray(ptc[:, columns]),
        four_pc=pc[columns],
        four=[classes[i] for i in columns],
        blocks=blocks,
        block_at=block_at,
        row_of=array("I", np.asarray(full.tk_row, dtype=np.uint32).tobytes()),
        row_start=array("I", (np.asarray(full.tk_row, dtype=np.uint32) * BLOCK).tobytes()),
        output=array("i", np.asarray(full.tk_output, dtype=np.int32).tobytes()),
    )
