"""Reading a Retry-After header (RFC 9110 section 10.2.3): how long a 429 or 503 asks to wait."""

from __future__ import annotations

import email.utils
import re
from datetime import UTC, datetime

LONGEST_RETRY_AFTER = 1e9
"""Seconds (some 30 years): a longer Retry-After is read as this, so no arithmetic on it
can overflow (a 400-digit one is float infinity, a date in 9999 past what `now` can add)."""
_DELTA_SECONDS = re.compile(r"[0-9]+")


def retry_after_seconds(value: str | None, server_date: str | None = None) -> float | None:
    """Seconds to wait from a Retry-After header: delta-seconds or an HTTP date (measured
    against the response's own Date, so a wrong local clock does not matter); at most
    `LONGEST_RETRY_AFTER`. None when it is neither (`1e20`, `soon`)."""
    if value is None or not value.strip():
        return None
    text = value.strip()
    if _DELTA_SECONDS.fullmatch(text):  # ASCII digits only: "²".isdigit() is true
        digits = text.lstrip("0") or "0"
        if len(digits) > len(str(int(LONGEST_RETRY_AFTER))):
            return LONGEST_RETRY_AFTER
        return min(float(digits), LONGEST_RETRY_AFTER)
    try:
        until = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    start: datetime | None = None
    if server_date:
        try:
            start = email.utils.parsedate_to_datetime(server_date)
        except (TypeError, ValueError, IndexError, OverflowError):
            start = None
    if until.tzinfo is None:
        until = until.replace(tzinfo=UTC)
    if start is None or start.tzinfo is None:
        start = datetime.now(UTC)
    return min(max(0.0, (until - start).total_seconds()), LONGEST_RETRY_AFTER)
