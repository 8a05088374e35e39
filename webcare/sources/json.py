"""`json`: any JSON document that holds a list of items (an API response, an export).

`items` is the dotted path to the list (`data.results`; absent or empty: the document is
the list); each item is read like a JSON-lines record, with webcare's field names or a
`fields` mapping. `next` is the dotted path to the next page's URL (`paging.next`,
`links.next`), relative links resolved against the page's own URL. JSON has no lines, so
a problem names its item, counted from 1.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from typing import Any
from urllib.parse import urljoin

from webcare.errors import SourceError
from webcare.model import Mention, Problem
from webcare.sources.base import OptionError, ParseContext, SourceKind, load_json
from webcare.sources.records import lookup, record_to_mention
from webcare.sources.textio import decode


class JsonKind(SourceKind):
    name = "json"
    description = (
        "Any JSON document: the item list at `items` (a dotted path), webcare field names "
        "or a `fields` mapping, the next page at `next`"
    )
    default_channel = "web"
    options = {"items": str, "next": str}

    def check_options(self, options: Mapping[str, Any]) -> None:
        for key in ("items", "next"):
            path = options.get(key)
            if path and any(not part.strip() for part in path.split(".")):
                raise OptionError(key, f"{path!r} is not a dotted path such as data.results")
        if options.get("next") == "":
            raise OptionError("next", "give the dotted path of the next-page URL, e.g. links.next")

    def parse(self, raw: bytes, ctx: ParseContext) -> Iterator[Mention | Problem]:
        document = load_json(raw, ctx, "JSON")
        path = ctx.spec.options.get("items") or ""
        for number, item in enumerate(_items(document, path, ctx.spec.name), start=1):
            if not isinstance(item, Mapping):
                yield Problem(
                    f"item {number}: expected a JSON object, found {_describe(item)}; skipped"
                )
                continue
            for found in record_to_mention(item, ctx, 0):
                if isinstance(found, Problem):
                    yield Problem(f"item {number}: {found.message}")
                else:
                    yield found

    def next_page(self, raw: bytes, url: str, options: Mapping[str, Any]) -> str | None:
        """The URL at the `next` path of this page, or None (no `next`, or the last page)."""
        path = options.get("next")
        if not path:
            return None
        document = json.loads(decode(raw))
        if not isinstance(document, Mapping):
            return None
        link = lookup(document, path)
        if not isinstance(link, str) or not link.strip():
            return None  # absent, null or "" on the last page
        absolute = urljoin(url, link.strip())
        return absolute if absolute.lower().startswith(("http://", "https://")) else None


def _items(document: Any, path: str, source: str) -> list[Any]:
    if not path:
        if isinstance(document, list):
            return document
        hint = "; set `items` to the dotted path of the list"
        if isinstance(document, Mapping):
            lists = [str(key) for key, value in document.items() if isinstance(value, list)]
            if lists:
                hint = f"; set `items` to the path of the list (lists here: {', '.join(lists)})"
        raise SourceError(
            source, f"expected a JSON list of items, found {_describe(document)}{hint}"
        )
    if not isinstance(document, Mapping):
        raise SourceError(
            source, f"items {path!r}: the document is {_describe(document)}, not an object"
        )
    found = lookup(document, path)
    if isinstance(found, list):
        return found
    if found is None:
        return []  # APIs that answer `"results": null` when nothing matched
    if isinstance(found, Mapping | str | int | float):
        raise SourceError(source, f"items {path!r} leads to {_describe(found)}, not a list")
    raise SourceError(
        source, f"items {path!r} is not in the document: {_where_missing(document, path)}"
    )


def _where_missing(document: Mapping[str, Any], path: str) -> str:
    """Which step of a dotted path found nothing, and what was there instead."""
    value: Any = document
    walked: list[str] = []
    for part in path.split("."):
        if isinstance(value, Mapping) and part in value:
            value = value[part]
        elif isinstance(value, list) and part.isdigit() and int(part) < len(value):
            value = value[int(part)]
        else:
            where = ".".join(walked) or "the top level"
            return f"{where} has no {part!r}; it is {_describe(value)}"
        walked.append(part)
    return "not found"


def _describe(value: Any) -> str:
    if isinstance(value, Mapping):
        keys = ", ".join(list(value)[:10])
        return f"an object (keys: {keys})" if keys else "an empty object"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, bool):
        return "true or false"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, int | float):
        return "a number"
    return "null"


KIND = JsonKind()
