"""Sizes in bytes as people write them in a config: `"200MB"`, `"20 MB"`, `"1.5GB"`,
`"512KiB"` or a plain number of bytes. Pure.

KB, MB, GB and TB are powers of 1000, as disks and downloads count them (`"20MB"` is
20,000,000 bytes); KiB, MiB, GiB and TiB are powers of 1024.
"""

from __future__ import annotations

import re
from decimal import Decimal

_SIZE = re.compile(r"(\d+(?:\.\d+)?)\s*([kmgt]i?b?|b)?", re.IGNORECASE)
_UNITS = {
    "": 1,
    "b": 1,
    "k": 10**3,
    "m": 10**6,
    "g": 10**9,
    "t": 10**12,
    "ki": 2**10,
    "mi": 2**20,
    "gi": 2**30,
    "ti": 2**40,
}
FORMS = 'a number of bytes or a size such as "200MB", "20 MB", "1.5GB" or "512KiB"'
LARGEST = 10**18
"""An exabyte: a larger size is no limit anyone means (and would not print in a message)."""


def parse_size(value: int | str) -> int:
    """The bytes `value` stands for: an integer as it is, a text with a unit as above
    (case-insensitive; a fraction of a byte is dropped). ValueError, naming the forms
    it accepts, for anything else (a negative number, `"20 XB"`, `true`) and for more
    than `LARGEST`."""
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise ValueError(f"must be {FORMS}, not {value!r}")
    if isinstance(value, str):
        text = value.strip()
        match = _SIZE.fullmatch(text) if len(text) <= 40 else None
        if match is None:
            raise ValueError(f"must be {FORMS}, not {text[:40]!r}")
        unit = (match.group(2) or "").lower().removesuffix("b")
        size = int(Decimal(match.group(1)) * _UNITS[unit])
    else:
        size = value
    if size < 0:
        raise ValueError(f"must be {FORMS}, not a negative number")
    if size > LARGEST:
        raise ValueError("must be at most 1 EB (10**18 bytes)")
    return size
