"""Alerts: tell a chat channel or a mailbox when a steak hits the floor.

`plan` (pure) picks what is new on the floor since the last alert and applies the
cool-down; `compose` (pure) words one message; `send` (I/O, Apprise imported lazily)
delivers it to every configured URL. The store remembers what was alerted, so each
mention alerts once per status: once at risk (when asked for), once breached.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo

from webcare.model import Ranked, SlaStatus, UrgencyLevel
from webcare.render.wording import ack_command, posted, show_command
from webcare.secrets import expand_env
from webcare.settings import NotifySettings
from webcare.textutil import one_line
from webcare.timeparse import left_words, local_words, over_words

TEXT_CHARS = 140


@dataclass(frozen=True, slots=True)
class AlertPlan:
    new: tuple[Ranked, ...]
    """Rows on the floor whose status was never alerted, worst first."""
    held_until: datetime | None = None
    """Set when the cool-down holds the alert back until then."""
    older: tuple[Ranked, ...] = ()
    """Breaches never alerted that were due before `since` ([notify] recent): counted in
    one line of the alert, not listed, and remembered with it."""
    since: datetime | None = None

    @property
    def pairs(self) -> list[tuple[str, str]]:
        return [(row.item.mention.id, row.sla.status.value) for row in (*self.new, *self.older)]

    @property
    def any(self) -> bool:
        return bool(self.new or self.older)


def plan(
    rows: Sequence[Ranked],
    alerted: set[tuple[str, str]],
    settings: NotifySettings,
    *,
    now: datetime,
    last_sent: datetime | None,
) -> AlertPlan:
    wanted = {SlaStatus.BREACHED} | ({SlaStatus.AT_RISK} if settings.on == "at-risk" else set())
    # A critical mention (safety, health) is at risk from its first minute and breaches in
    # minutes: it is alerted at risk whatever `on` says, so the alert comes while it can
    # still be answered in time, not to say it was missed.
    unalerted = tuple(
        row
        for row in rows
        if (row.sla.status in wanted or _emergency(row) and row.sla.status is SlaStatus.AT_RISK)
        and (row.item.mention.id, row.sla.status.value) not in alerted
    )
    # Run from cron, notify alerts a breach minutes after it is due. One never alerted and
    # due long ago (the first notify on a store with history, or after a pause) is no news
    # to page anyone with: such breaches are counted in one line, critical or not.
    since = now - settings.recent
    new = tuple(row for row in unalerted if not _stale(row, since))
    older = tuple(row for row in unalerted if _stale(row, since))
    # A critical mention (safety, health) waits for no cool-down: its target is minutes
    # long, and a routine alert a moment earlier must not hold the emergency back until
    # it has breached. It goes out at once, with whatever else is new.
    emergency = any(_emergency(row) for row in new)
    cooling = last_sent is not None and now < last_sent + settings.cooldown
    if (new or older) and not emergency and cooling and last_sent is not None:
        return AlertPlan(new, last_sent + settings.cooldown, older, since)
    return AlertPlan(new, None, older, since)


def _stale(row: Ranked, since: datetime) -> bool:
    return row.sla.status is SlaStatus.BREACHED and row.sla.due_at < since


def _emergency(row: Ranked) -> bool:
    return row.item.analysis.urgency.level is UrgencyLevel.CRITICAL


def _inert(text: str) -> str:
    """One line that chat services will not read as markup, links or mass mentions."""
    line = one_line(text)
    line = line.replace("<", "‹").replace(">", "›")
    return re.sub(r"[@!](?=(channel|here|everyone|all)\b)", "(at)", line, flags=re.IGNORECASE)


def compose(
    plan: AlertPlan, brand: str, max_items: int, *, timezone: tzinfo = UTC
) -> tuple[str, str]:
    """The alert's title and plain-text body, worst first.

    Per mention: its state, where and who, urgency and when it was posted (in `timezone`,
    the brand's), the text, the URL, and the commands to act on it by short id."""
    breached = sum(1 for row in plan.new if row.sla.status is SlaStatus.BREACHED)
    at_risk = len(plan.new) - breached
    parts = [f"{breached} breached"] if breached else []
    parts += [f"{at_risk} at risk"] if at_risk else []
    noun = "mention" if len(plan.new) == 1 else "mentions"
    if plan.new:
        title = f"webcare {_inert(brand)}: {len(plan.new)} new {noun} on the floor ({', '.join(parts)})"
    else:
        title = f"webcare {_inert(brand)}: {_older_words(plan, timezone)}"
    lines = []
    for number, row in enumerate(plan.new[:max_items], start=1):
        m, sla = row.item.mention, row.sla
        state = (
            "BREACHED "
            + over_words(sla.overdue_minutes, business=sla.business_hours, closed=sla.closed_now)
            if sla.status is SlaStatus.BREACHED
            else f"AT RISK, {left_words(sla.remaining_minutes)}"
        )
        text = _inert(m.text)
        if len(text) > TEXT_CHARS:
            text = text[: TEXT_CHARS - 1].rstrip() + "…"
        who = _inert(m.author) if m.author else "unknown author"
        lines.append(
            f"{number}. {state} · {m.channel.value} · {_inert(m.source)} · {who} · "
            f"{row.item.analysis.urgency.level.value} · "
            f"{posted(m.created_at, m.created_at_estimated, timezone)}"
        )
        lines.append(f"   {text}")
        if m.url:
            lines.append(f"   {_inert(m.url)}")
        # The table's order: look, then close.
        lines.append(f"   {_inert(show_command(m.id))} · {_inert(ack_command(m.id))}")
    hidden = len(plan.new) - min(len(plan.new), max_items)
    if hidden:
        lines.append(f"… and {hidden} more: run `webcare report`")
    if plan.older and plan.new:
        lines.append(f"Also {_older_words(plan, timezone)}: run `webcare report`")
    elif plan.older:
        lines.append("Not listed one by one: run `webcare report` for the floor, worst first")
    return title, "\n".join(lines)


def _older_words(plan: AlertPlan, tz: tzinfo) -> str:
    """`12 older breaches on the floor, due before Sun 22 Nov 2026 09:00 CET`."""
    count = len(plan.older)
    noun = "breach" if count == 1 else "breaches"
    before = f", due before {local_words(plan.since, tz)}" if plan.since is not None else ""
    return f"{count} older {noun} on the floor{before}"


@dataclass(frozen=True, slots=True)
class Delivery:
    target: str
    """The URL's scheme and position, never the URL: it usually holds a secret."""
    ok: bool
    error: str | None = None


def describe(url: str, index: int) -> str:
    """`notify.urls[0] (slack)`; a URL that is one `${ENV}` as a whole is named by its
    variable (`notify.urls[1] (${WEBCARE_SLACK_URL})`), never by its value."""
    whole = re.fullmatch(r"\$\{\w+\}", url.strip())
    if whole:
        return f"notify.urls[{index}] ({whole.group(0)})"
    scheme = url.split("://", 1)[0] if "://" in url else "?"
    return f"notify.urls[{index}] ({scheme})"


def send(urls: Sequence[str], title: str, body: str) -> list[Delivery]:
    """Deliver to every URL separately, so one dead webhook does not hide the others."""
    import apprise

    results: list[Delivery] = []
    for index, template in enumerate(urls):
        target = describe(template, index)
        try:
            url = expand_env(template, key=f"notify.urls[{index}]")
        except Exception as exc:  # noqa: BLE001 - a missing secret fails this target only
            results.append(Delivery(target, False, str(exc)))
            continue
        sender = apprise.Apprise()
        if not sender.add(url):
            results.append(Delivery(target, False, "not a URL Apprise understands"))
            continue
        ok = sender.notify(title=title, body=body, body_format=apprise.NotifyFormat.TEXT)
        results.append(Delivery(target, bool(ok), None if ok else "delivery failed"))
    return results


def status_line(plan: AlertPlan, now: datetime, tz: tzinfo) -> str:
    if not plan.any:
        return "notify: nothing new on the floor"
    if not plan.new:  # only stale breaches: one line says how many
        until = plan.held_until
        held = f", held by the cool-down until {local_words(until, tz)}" if until else ""
        return f"notify: {_older_words(plan, tz)}, counted in one line{held}"
    older = f" (and {_older_words(plan, tz)}, counted not listed)" if plan.older else ""
    if plan.held_until is not None:
        return (
            f"notify: {len(plan.new)} new on the floor{older}, held by the cool-down until "
            f"{local_words(plan.held_until, tz)}"
        )
    return f"notify: {len(plan.new)} new on the floor{older} at {local_words(now, tz)}"
