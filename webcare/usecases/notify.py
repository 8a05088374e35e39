"""`webcare notify`: plan what is newly on the floor, compose one alert, send it to every
target, remember what was alerted once someone received it."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime

from webcare import notify as alerts
from webcare.errors import ExitCode, UsageError
from webcare.settings import Settings
from webcare.store import Store
from webcare.usecases.report import Filters, floor


@dataclass(frozen=True, slots=True)
class NotifyResult:
    status: str
    """One line on what the plan found (new mentions, a cool-down holding them back)."""
    alert: tuple[str, str] | None = None
    """(title, body) when an alert was composed."""
    deliveries: tuple[alerts.Delivery, ...] = field(default_factory=tuple)
    exit_code: ExitCode = ExitCode.OK
    """PARTIAL when some target could not be reached."""

    @property
    def new(self) -> bool:
        return self.alert is not None


def notify(
    settings: Settings,
    store: Store,
    now: datetime,
    *,
    generated_at: datetime,
    since: datetime | None = None,
    dry_run: bool = False,
    redact: bool = False,
) -> NotifyResult:
    """Alert about mentions that newly breached (or went at risk, `on = "at-risk"`); with
    `dry_run`, compose the alert but send and remember nothing; with `redact`, the alert
    names no one (placeholders for people, numbers and addresses)."""
    if not settings.notify.urls and not dry_run:
        raise UsageError(
            "no [notify] urls in the config: add Apprise URLs (slack://…, msteams://…, "
            "mailtos://…, json://…) as config.example.toml shows, or use --dry-run"
        )
    listing = floor(settings, store, now, generated_at=generated_at, filters=Filters(since=since))
    alerted = store.alerted()
    last_sent = None if dry_run else store.last_alert_at()
    plan = alerts.plan(listing.rows, alerted, settings.notify, now=now, last_sent=last_sent)
    tz = settings.brand.timezone
    status = alerts.status_line(plan, now, tz)
    if not plan.any or plan.held_until is not None:
        return NotifyResult(status)
    if dry_run:
        return NotifyResult(status, _message(settings, plan, redact))
    # Claimed before sending, in one transaction: a notify on another host that planned the
    # same alert a moment ago claims none of it, so each mention alerts once.
    claimed = store.claim_alert(plan.pairs, now)
    if claimed != set(plan.pairs):
        taken = set(plan.pairs) - claimed
        plan = alerts.plan(
            listing.rows, alerted | taken, settings.notify, now=now, last_sent=last_sent
        )
        if not plan.any:
            return NotifyResult(f"{status}; another notify already alerted them")
        status = alerts.status_line(plan, now, tz)
    message = _message(settings, plan, redact)
    deliveries = tuple(alerts.send(settings.notify.urls, *message))
    if not any(delivery.ok for delivery in deliveries):
        # No one heard it: the next run sends it again. Once anyone did, it stays
        # remembered: resending would repeat it where it arrived.
        store.release_alert(claimed, now)
    failed = not all(delivery.ok for delivery in deliveries)
    return NotifyResult(status, message, deliveries, ExitCode.PARTIAL if failed else ExitCode.OK)


def _message(settings: Settings, plan: alerts.AlertPlan, redact: bool) -> tuple[str, str]:
    """The alert's title and body; with `redact`, naming no one (`webcare.redacted`)."""
    if redact:
        from webcare import redacted
        from webcare.redact import Redactor

        redactor = Redactor(redacted.brand_words(settings.brand))
        plan = replace(plan, new=redacted.rows(plan.new, redactor))  # `older`: only counted
    return alerts.compose(
        plan, settings.brand.name, settings.notify.max_items, timezone=settings.brand.timezone
    )
