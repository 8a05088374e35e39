"""`webcare analyze`: what webcare concludes from free text, nothing stored."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from webcare.report import analysis_record
from webcare.settings import Settings
from webcare.textutil import clean_text


def analyze(texts: Iterable[str], settings: Settings) -> list[dict[str, Any]]:
    """One record per text, in input order: the text as webcare reads it and its analysis."""
    from webcare.analysis import analyse

    rows = []
    for raw in texts:
        text = clean_text(raw)
        rows.append({"text": text, **analysis_record(analyse(text, settings))})
    return rows
