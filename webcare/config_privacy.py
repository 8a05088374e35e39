"""The `[privacy]` table of the config and a source's `keep`: how long mentions are kept,
whether each poll purges, whether output for no terminal is redacted."""

from __future__ import annotations

from datetime import timedelta

from webcare.config_reader import Reader
from webcare.settings import PrivacySettings
from webcare.timeparse import parse_duration

PRIVACY_KEYS = ("keep", "purge_on_poll", "redact_reports")


def keep_duration(r: Reader, name: str, default: timedelta | None) -> tuple[bool, timedelta | None]:
    """(forever, duration) of a `keep` key: a duration such as "180d", or "forever"."""
    text = r.get(name, str)
    if text == "forever":
        return True, None
    if text is None:
        return False, default
    try:
        value = parse_duration(text)
    except ValueError as exc:
        raise r.error(f'{exc}, or "forever"', r.key(name)) from None
    if value <= timedelta(0):
        raise r.error("must be longer than zero", r.key(name))
    return False, value


def privacy(r: Reader) -> PrivacySettings:
    r.only(PRIVACY_KEYS)
    defaults = PrivacySettings()
    forever, keep = keep_duration(r, "keep", defaults.keep)
    return PrivacySettings(
        keep=None if forever else keep,
        purge_on_poll=r.get("purge_on_poll", bool, False),
        redact_reports=r.get("redact_reports", bool, False),
    )
