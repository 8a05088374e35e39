"""What `webcare check` finds: the config as webcare reads it, the calendar's warnings,
what a poll or notify would trip over, and (online) what each source answers."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, cast

from webcare.errors import ConfigError, SourceError, WebcareError
from webcare.settings import Settings, SourceSpec

if TYPE_CHECKING:
    from webcare.decide import Harvest


@dataclass(frozen=True, slots=True)
class CheckReport:
    lines: list[str]
    """The config as read: brand, SLA, urgency, topics, sources, the source kinds."""
    warnings: list[str] = field(default_factory=list)
    problems: list[ConfigError] = field(default_factory=list)
    """What a poll or notify would trip over (exit 2)."""


def summary(settings: Settings, found: object, now: datetime) -> CheckReport:
    from webcare import sla, sources
    from webcare.analysis import topics as topic_rules
    from webcare.analysis import urgency as urgency_rules
    from webcare.config import notify_url_problems, source_problems
    from webcare.timeparse import format_duration

    brand, policy = settings.brand, settings.sla
    targets = ", ".join(
        f"{name} {format_duration(value)}" for name, value in policy.targets.items()
    )
    categories = urgency_rules.ruleset(settings.urgency).categories
    topic_list = topic_rules.ruleset(settings.topics).topics
    width = max(map(len, sources.kinds()))
    lines = [
        f"config: {found if found else 'none found; using built-in defaults'}",
        f"brand: {brand.name} ({brand.timezone.key}); keywords: {', '.join(brand.keywords) or 'none (keep all)'}",
        f"handles: {', '.join(brand.handles) or 'none'}",
        f"sla: {targets}; at risk at {policy.at_risk:.0%} or {format_duration(policy.at_risk_floor)} left"
        " (at most the last half of a target)",
        "urgency: "
        + ", ".join(f"{c.name} {c.level.value}" for c in categories)
        + (f"; disabled: {', '.join(settings.urgency.disable)}" if settings.urgency.disable else ""),
        "topics: "
        + ", ".join(f"{t.name} {t.weight:g}" + (" (monetary)" if t.monetary else "") for t in topic_list)
        + (f"; disabled: {', '.join(settings.topics.disable)}" if settings.topics.disable else ""),
        f"sources ({len(settings.sources)}):",
        *(f"  {s.name}: {s.kind}, {s.channel.value}, "
          + (f"id space {s.id_space}, " if s.id_space else "") + s.location
          for s in settings.sources),
        "source kinds:",
        *(f"  {name:<{width}}  {sources.get(name).description}" for name in sources.kinds()),
    ]  # fmt: skip
    warnings = sla.lint(policy, now.astimezone(brand.timezone).date())
    if settings.report.legacy_since:
        warnings.append(
            "[report] since no longer narrows the report (it shows every open mention, "
            "however old); it now sets the digest window: rename it digest_since"
        )
    return CheckReport(
        lines, warnings, [*source_problems(settings), *notify_url_problems(settings)]
    )


def reach_sources(settings: Settings, now: datetime) -> list[tuple[str, str]]:
    """Fetch and parse every source as its first poll would, storing nothing: (name,
    outcome) per source, the outcome starting with FAILED when it could not be read. A
    paged source is read page after page as a poll of an empty store reads it (within
    `[poll] max_pages`, while pages hold mentions), and the outcome counts every page."""
    import asyncio

    from webcare.decide import Harvest
    from webcare.fetch import HttpFetcher
    from webcare.localfiles import read_file
    from webcare.pipeline import STAGED, Stage, fetch_pages
    from webcare.sources.base import ParseContext
    from webcare.store import Store
    from webcare.workers import Workers, parse

    async def run() -> list[tuple[str, str]]:
        fetcher = HttpFetcher(settings.poll)
        stage = Stage(STAGED)
        nothing = cast(Store, _NothingStored())

        async def one(spec: SourceSpec, workers: Workers) -> tuple[str, str]:
            try:
                if spec.path is not None:
                    fetched = read_file(spec, None, max_bytes=settings.import_.max_bytes)
                    ctx = ParseContext(spec, settings.brand.timezone, now)
                    items, failure = parse(ctx, fetched.body or b"")
                    if failure is not None:
                        raise SourceError(spec.name, failure)
                    harvest = Harvest(fetched.state, tuple(items))
                else:
                    try:
                        harvest = await fetch_pages(
                            settings, nothing, fetcher, workers, spec, now, None, stage
                        )
                    finally:
                        stage.leave(spec.name)
                    if harvest.failure is not None:
                        raise harvest.failure
                return spec.name, _outcome(spec, harvest)
            except SourceError as exc:
                return spec.name, f"FAILED: {exc.reason}"
            except WebcareError as exc:
                return spec.name, f"FAILED: {exc}"

        try:
            with Workers(settings) as workers:
                return list(
                    await asyncio.gather(*(one(spec, workers) for spec in settings.sources))
                )
        finally:
            await fetcher.aclose()

    return asyncio.run(run())


class _NothingStored:
    """The store `check --online` pages against: it holds nothing, so every page is read
    that a source's first poll would read."""

    def known_ids(self, ids: Iterable[str]) -> set[str]:
        return set()


def _outcome(spec: SourceSpec, harvest: Harvest) -> str:
    """What one source's reading found, as `check --online` says it."""
    from webcare.decide import nothing_read, row_skipped
    from webcare.model import Mention, Problem

    items = harvest.items
    problems = [item for item in items if isinstance(item, Problem)]
    read = len(items) - len(problems)
    if not read and any(row_skipped(p) or p.line is not None for p in problems):
        # What a poll fails the source for: most likely the wrong kind.
        return "FAILED: " + nothing_read(spec, problems, "the source's kind")
    count = sum(isinstance(item, Mention) for item in items)
    said = f"ok, {count} item(s)"
    if harvest.pages > 1:
        said += f" on {harvest.pages} pages"
    if problems:
        first = problems[0]
        where = f"line {first.line}: " if first.line else ""
        said += f", {len(problems)} problem(s) (first: {where}{first.message})"
    return "; ".join([said, *harvest.notes])
