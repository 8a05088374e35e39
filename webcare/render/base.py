"""The one renderer interface: every output format implements every view.

A format is one module with a `Renderer` subclass; `webcare.render.renderer` finds it by
name. Renderers take data (a `Listing`, `Stats`, `Digest`, …) and return text: they never
print, never read the clock and never touch the store.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, tzinfo
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from webcare.digest import Digest
    from webcare.evaluate import Score
    from webcare.evaluate_urgency import UrgencyScore
    from webcare.report import Listing
    from webcare.stats import Stats


@dataclass(frozen=True, slots=True)
class Terminal:
    """What the renderer may assume about where its text goes."""

    width: int = 100
    color: bool = False


@dataclass(frozen=True, slots=True)
class ShowView:
    """`webcare show`: one mention's record, what people did to it, the same author elsewhere."""

    record: dict[str, Any]
    actions: list[dict[str, Any]] = field(default_factory=list)
    same_author: list[dict[str, Any]] = field(default_factory=list)
    timezone: tzinfo = UTC


class Renderer(ABC):
    """One output format. `terminal` matters only to the formats drawn for a terminal."""

    def __init__(self, terminal: Terminal | None = None) -> None:
        self.terminal = terminal or Terminal()

    @abstractmethod
    def listing(self, listing: Listing) -> str:
        """`report` (the floor) or `mentions` (a listing)."""

    @abstractmethod
    def show(self, view: ShowView) -> str:
        """One mention in full."""

    @abstractmethod
    def stats(self, stats: Stats) -> str:
        """Response figures per channel, source and day."""

    @abstractmethod
    def digest(self, digest: Digest) -> str:
        """The weekly outside-in look."""

    @abstractmethod
    def analyses(self, rows: list[dict[str, Any]]) -> str:
        """`webcare analyze`: one record per text, in input order."""

    @abstractmethod
    def sentiment_eval(self, scores: Sequence[Score]) -> str:
        """`webcare eval sentiment`: the figures per label file."""

    @abstractmethod
    def urgency_eval(self, scores: Sequence[UrgencyScore]) -> str:
        """`webcare eval urgency`: recall, precision, levels and needs-reply per label file."""
