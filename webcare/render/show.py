"""`webcare show` as text: one mention in full, for a person. Times in the brand's zone.

Takes the machine record (`report.mention_record`) so the text and `--format json` can
never disagree; every value from the mention passes `one_line` or `clean_text`.
"""

from __future__ import annotations

from datetime import datetime, tzinfo
from typing import Any

from webcare.render.common import short_id
from webcare.textutil import clean_text, one_line


def local(stamp: str | None, tz: tzinfo) -> str:
    """An ISO UTC stamp as local brand time with its UTC: `Mon 23 Nov 2026 08:48 CET (07:48 UTC)`."""
    if not stamp:
        return "-"
    moment = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    return f"{moment.astimezone(tz):%a %d %b %Y %H:%M %Z} ({moment:%H:%M} UTC)"


def text(
    record: dict[str, Any],
    actions: list[dict[str, Any]],
    others: list[dict[str, Any]],
    tz: tzinfo,
) -> str:
    sla = record["sla"]
    short = short_id(record["id"])
    rank = record["priority"]["rank"]
    reply = (
        "owed" + (f" ({one_line(sla['needs_reply_reason'])})" if sla["needs_reply_reason"] else "")
        if sla["needs_reply"]
        else f"not owed ({one_line(sla['needs_reply_reason'] or 'no clock runs')}); "
        f"`webcare reopen {short}` if it does need one"
    )
    lines = [
        f"id:          {record['id']}",
        f"source:      {one_line(record['source'])} ({record['channel']})",
        f"author:      {one_line(record['author'] or '-')}"
        + (f" ({record['author_reach']:,} followers)" if record["author_reach"] else ""),
        f"created:     {local(record['created_at'], tz)}"
        + (" (estimated: first seen)" if record["created_at_estimated"] else ""),
        f"url:         {one_line(record['url'] or '-')}",
        *(
            f"also seen:   {one_line(seen['source'])}: {one_line(seen['url'] or '-')}"
            for seen in record["also_seen"]
        ),
        f"rating:      {record['rating'] if record['rating'] is not None else '-'}",
        f"language:    {record['language']}",
        f"sentiment:   {record['sentiment']['label']} {record['sentiment']['score']:+.2f}"
        + (f" ({', '.join(record['sentiment']['words'])})" if record["sentiment"]["words"] else ""),
        f"urgency:     {record['urgency']['level']}"
        + (f" ({'; '.join(record['urgency']['reasons'])})" if record["urgency"]["reasons"] else ""),
        f"topics:      {', '.join(record['topics']) or '-'}",
        f"route:       {record['route']} ({record['route_reason']})",
        f"sla:         {sla['status']}, due {local(sla['due_at'], tz)} ({sla['target_reason']})"
        if sla["needs_reply"] or sla["status"] == "responded"
        else f"sla:         {sla['status']}: no clock runs, no reply is owed",
        f"reply:       {reply}",
        f"responded:   {local(record['responded_at'], tz)}"
        + (f" by {one_line(record['responded_by'])}" if record["responded_by"] else "")
        + (f" via {record['responded_via']}" if record["responded_via"] else ""),
        f"priority:    {f'#{rank} on the floor, ' if rank else ''}score {record['priority']['score']:g}: "
        f"{'; '.join(record['priority']['why']) or 'nothing pressing'}",
        *([f"incident:    {short_id(record['incident'])} (webcare mentions --incident {short_id(record['incident'])})"]
          if record.get("incident") else []),
        "",
        clean_text(record["text"]),
        "",
        f"webcare ack {short} · webcare explain {short}",
    ]  # fmt: skip
    if actions:
        lines += ["", "history:"]
        lines += [
            f"  {local(a['at'], tz)} {a['action']} by {one_line(a['by'] or '-')}"
            + (f": {one_line(a['note'])}" if a["note"] else "")
            for a in actions
        ]
    if others:
        lines += ["", f"same author elsewhere ({len(others)}):"]
        for other in others:
            lines.append(
                f"  {short_id(other['id'])} {local(other['created_at'], tz)} "
                f"{other['channel']}/{one_line(other['source'])} "
                f"{other['sla']['status']}: {one_line(other['text'])[:100]}"
            )
    return "\n".join(lines) + "\n"
