"""The `[[sources]]` tables of the config: name, kind and the kind's own options, where
to read (`url` or `path`), channel, field mapping, value, headers, SLA and reply policy."""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from webcare.config_privacy import keep_duration
from webcare.config_reader import Reader, choices
from webcare.config_tables import reply_policy
from webcare.model import Channel
from webcare.settings import SourceSpec

SOURCE_KEYS = (
    "name",
    "kind",
    "channel",
    "url",
    "path",
    "filter",
    "fields",
    "value",
    "headers",
    "sla",
    "reply",
    "keep",
    "id_space",
)

FIELD_NAMES = (
    "id",
    "author",
    "author_reach",
    "text",
    "title",
    "created_at",
    "url",
    "rating",
    "channel",
    "in_reply_to",
)


def sources(top: Reader, base_dir: Path) -> tuple[SourceSpec, ...]:
    raw = top.get("sources", list, [])
    specs: list[SourceSpec] = []
    seen: set[str] = set()
    for index, item in enumerate(raw):
        r = Reader(item, f"sources[{index}]", top.file)
        spec = source(r, base_dir, where=f"sources[{index}]")
        if spec.name in seen:
            raise r.error(f"duplicate source name {spec.name!r}", r.key("name"))
        seen.add(spec.name)
        specs.append(spec)
    return tuple(specs)


def source(r: Reader, base_dir: Path, *, where: str) -> SourceSpec:
    name = r.get("name", str)
    if not name or not name.strip():
        raise r.error("every source needs a name", r.key("name"))
    r.prefix = f"{where} ({name})"
    kind_name, options = _kind_and_options(r)
    url, path = _location(r, kind_name, options, base_dir)
    forever, keep = keep_duration(r, "keep", None)
    value = r.get("value", str)
    if value is not None and value not in ("high", "low"):
        raise r.error(f"must be 'high' or 'low', not {value!r}", r.key("value"))
    return SourceSpec(
        id_space=_id_space(r, kind_name),
        name=name,
        kind=kind_name,
        channel=_channel(r, kind_name),
        url=url,
        path=path,
        filter=r.get("filter", bool, True),
        fields=_fields(r),
        value=value,
        sla=r.duration("sla"),
        reply=reply_policy(r, "reply"),
        keep=None if forever else keep,
        keep_forever=forever,
        headers=_headers(r),
        options=options,
    )


def _kind_and_options(r: Reader) -> tuple[str, dict[str, Any]]:
    """The source's kind and the options it declares, checked by the kind itself."""
    from webcare import sources as registry
    from webcare.sources.base import OptionError

    kind_name = r.get("kind", str)
    if kind_name is None:
        raise r.error(f"missing; valid kinds: {', '.join(registry.kinds())}", r.key("kind"))
    if kind_name not in registry.kinds():
        raise r.error(
            f"unknown kind {kind_name!r}{choices(registry.kinds(), kind_name)}", r.key("kind")
        )
    kind = registry.get(kind_name)
    r.only((*SOURCE_KEYS, *kind.options))
    options = {
        option: r.get(option, option_type)
        for option, option_type in kind.options.items()
        if option in r.table
    }
    try:
        kind.check_options(options)
    except OptionError as exc:
        raise r.error(str(exc), r.key(exc.key)) from None
    return kind_name, options


def _id_space(r: Reader, kind_name: str) -> str | None:
    """Where the source's native ids are unique: the `id_space` it names (sources that
    number the same posts alike, such as two exports of one forum), else its kind's (every
    X source shares "x"), else None: its own."""
    from webcare import sources as registry

    space: str | None = r.get("id_space", str)
    if space is None:
        return registry.get(kind_name).id_space
    if not space.strip():
        raise r.error("must name an id space, such as the platform the ids come from",
                      r.key("id_space"))  # fmt: skip
    return space.strip()


def _channel(r: Reader, kind_name: str) -> Channel:
    from webcare import sources as registry

    channel_name = r.get("channel", str, registry.get(kind_name).default_channel)
    channels = [c.value for c in Channel]
    if channel_name not in channels:
        raise r.error(
            f"unknown channel {channel_name!r}{choices(channels, channel_name)}",
            r.key("channel"),
        )
    return Channel(channel_name)


def _location(
    r: Reader, kind_name: str, options: Mapping[str, Any], base_dir: Path
) -> tuple[str | None, Path | None]:
    """A `url` (or the one the kind builds from its options) or a `path`, never both."""
    from webcare import sources as registry

    url = r.get("url", str)
    path_text = r.get("path", str)
    if url is not None and path_text is not None:
        raise r.error("give one of `url` or `path`, not both", r.key("url"))
    if url is None and path_text is None:
        url = registry.get(kind_name).default_url(options)
        if url is None:
            raise r.error("give one of `url` or `path`", r.key("url"))
    if url is not None and not re.match(r"https?://", url):
        raise r.error(f"must start with http:// or https://, not {url!r}", r.key("url"))
    if path_text is None:
        return url, None
    path = Path(os.path.expanduser(path_text))
    return url, path if path.is_absolute() else base_dir / path


def _fields(r: Reader) -> dict[str, str]:
    fields = r.get("fields", dict, {})
    for field_name, target in fields.items():
        if field_name not in FIELD_NAMES:
            raise r.error(
                f"unknown field{choices(list(FIELD_NAMES), field_name)}",
                r.key(f"fields.{field_name}"),
            )
        if not isinstance(target, str) or not target:
            raise r.error("must be a column name or dotted path", r.key(f"fields.{field_name}"))
    return dict(fields)


def _headers(r: Reader) -> dict[str, str]:
    headers = r.get("headers", dict, {})
    for header, header_value in headers.items():
        if not isinstance(header_value, str):
            raise r.error("must be a string", r.key(f"headers.{header}"))
    return dict(headers)
