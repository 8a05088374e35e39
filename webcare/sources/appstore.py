"""`appstore`: Apple's customer-reviews RSS for one app in one country, JSON or XML.

https://itunes.apple.com/{country}/rss/customerreviews/page=N/id={app_id}/sortby=mostrecent/{json|xml}

The variant is told from the bytes. The JSON form wraps every scalar as `{"label": ...}`
and gives `entry` as an object, not a list, when the page holds one review; the XML form is
Atom with an `im:` namespace and two renderings of each review (`content type="text"` is
the review, `type="html"` a table around it). Old feeds list the app itself as the first
entry: it has no `im:rating` and is skipped without a word. XML entries carry `updated`
(`-07:00`, Cupertino); JSON entries may not, and then the review gets the time it was first
seen. The feed has no link per review and no developer responses (those are only in the
App Store Connect API), so these mentions have no URL and no brand replies. Apple serves
at most 10 pages of 50 reviews per country.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from typing import Any
from xml.etree import ElementTree

from webcare.errors import SourceError
from webcare.model import Mention, Problem
from webcare.sources.base import (
    OptionError,
    ParseContext,
    RecordError,
    SourceKind,
    build_mention,
    load_json,
)
from webcare.sources.textio import decode

ATOM = "{http://www.w3.org/2005/Atom}"
ITUNES = "{http://itunes.apple.com/rss}"
LAST_PAGE = 10
"""Apple serves no page after the tenth."""
_PAGE = re.compile(r"/page=(\d+)", re.IGNORECASE)


class AppStoreKind(SourceKind):
    name = "appstore"
    id_space = "appstore"
    description = (
        "Apple App Store customer-reviews RSS (JSON or XML) for one app and country; "
        "stars, no review links or developer replies (not in the feed)"
    )
    default_channel = "review"
    brand_specific = True
    options = {"app_id": (str, int), "country": str, "format": str}

    def check_options(self, options: Mapping[str, Any]) -> None:
        app_id = options.get("app_id")
        if app_id is not None and not re.fullmatch(r"\d+", str(app_id).strip()):
            raise OptionError(
                "app_id",
                f"must be the app's numeric id (the digits after /id in its App Store "
                f"link), not {app_id!r}",
            )
        country = options.get("country")
        if country is not None and not re.fullmatch(r"[A-Za-z]{2}", country):
            raise OptionError(
                "country", f"must be a two-letter store country such as 'nl', not {country!r}"
            )
        fmt = options.get("format")
        if fmt is not None and fmt not in ("json", "xml"):
            raise OptionError("format", f"must be 'json' or 'xml', not {fmt!r}")

    def default_url(self, options: Mapping[str, Any]) -> str | None:
        app_id = options.get("app_id")
        if app_id is None:
            return None
        country = str(options.get("country") or "nl").lower()
        fmt = options.get("format") or "json"
        return (
            f"https://itunes.apple.com/{country}/rss/customerreviews/page=1/"
            f"id={str(app_id).strip()}/sortby=mostrecent/{fmt}"
        )

    def next_page(self, raw: bytes, url: str, options: Mapping[str, Any]) -> str | None:
        try:
            entries = _entries(raw)
        except ValueError:
            return None
        # A malformed entry (a Problem) is no review, but the reviews beside it still are.
        if not any(
            isinstance(entry, dict) and entry.get("rating") is not None for entry in entries
        ):
            return None  # an empty page: Apple has no more
        match = _PAGE.search(url)
        page = int(match.group(1)) if match else 1
        if page >= LAST_PAGE:
            return None
        if match:
            return f"{url[: match.start()]}/page={page + 1}{url[match.end() :]}"
        # A URL without page= is page 1; Apple takes the page right after customerreviews/.
        head, sep, tail = url.partition("/customerreviews/")
        return f"{head}{sep}page=2/{tail}" if sep else None

    def parse(self, raw: bytes, ctx: ParseContext) -> Iterator[Mention | Problem]:
        text = decode(raw).lstrip()
        if text.startswith("<"):
            entries = _xml_entries(text, ctx.spec.name)
        elif text.startswith(("{", "[")):
            entries = _json_entries(load_json(raw, ctx, "App Store reviews JSON"), ctx.spec.name)
        else:
            raise SourceError(
                ctx.spec.name,
                "not an App Store customer-reviews feed: expected JSON or XML"
                + ("" if text else " (an empty response)"),
            )
        for number, entry in enumerate(entries, start=1):
            if isinstance(entry, Problem):
                yield Problem(f"entry {number}: {entry.message}")
                continue
            if entry.get("rating") is None:
                continue  # the app itself, listed first by old feeds: no review
            try:
                mention, warnings = build_mention(
                    ctx,
                    title=entry.get("title"),
                    text=entry.get("text"),
                    created_at=entry.get("updated"),
                    native_id=entry.get("id"),
                    author=entry.get("author"),
                    rating=entry.get("rating"),
                    html=bool(entry.get("html")),
                )
            except RecordError as exc:
                yield Problem(f"entry {number}: {exc}; skipped")
                continue
            for warning in warnings:
                yield Problem(f"entry {number}: {warning}")
            yield mention


def _entries(raw: bytes) -> list[dict[str, Any] | Problem]:
    """The entries of either variant, for paging (ValueError when it is neither)."""
    text = decode(raw).lstrip()
    try:
        if text.startswith("<"):
            return _xml_entries(text, "")
        return _json_entries(json.loads(text), "")
    except (SourceError, json.JSONDecodeError) as exc:
        raise ValueError(str(exc)) from None


# ---------------------------------------------------------------- JSON


def _label(value: Any) -> Any:
    """A JSON scalar unwrapped from Apple's `{"label": ...}`."""
    if isinstance(value, Mapping):
        return value.get("label")
    return value


def _json_entries(document: Any, source: str) -> list[dict[str, Any] | Problem]:
    feed = document.get("feed") if isinstance(document, Mapping) else None
    if not isinstance(feed, Mapping):
        raise SourceError(
            source, 'not an App Store customer-reviews feed: expected {"feed": {"entry": [...]}}'
        )
    raw_entries = feed.get("entry") or []  # a page without reviews has no `entry` at all
    if isinstance(raw_entries, Mapping):
        raw_entries = [raw_entries]  # one review: an object, not a list
    if not isinstance(raw_entries, list):
        raise SourceError(source, "App Store reviews JSON: `feed.entry` is not a list")
    entries: list[dict[str, Any] | Problem] = []
    for entry in raw_entries:
        if not isinstance(entry, Mapping):
            entries.append(Problem(f"expected an object, found {type(entry).__name__}; skipped"))
            continue
        author = entry.get("author")
        entries.append(
            {
                "id": _label(entry.get("id")),
                "author": _label(author.get("name")) if isinstance(author, Mapping) else None,
                "rating": _label(entry.get("im:rating")),
                "title": _str(_label(entry.get("title"))),
                "text": _str(_json_content(entry.get("content"))),
                "updated": _label(entry.get("updated")),
            }
        )
    return entries


def _json_content(content: Any) -> Any:
    if isinstance(content, list):  # both renderings: take the plain-text one
        plain = [c for c in content if _attribute(c, "type") == "text"]
        content = (plain or content or [None])[0]
    return _label(content)


def _attribute(value: Any, name: str) -> Any:
    attributes = value.get("attributes") if isinstance(value, Mapping) else None
    return attributes.get(name) if isinstance(attributes, Mapping) else None


def _str(value: Any) -> str | None:
    return None if value is None else str(value)


# ---------------------------------------------------------------- XML


def _xml_entries(text: str, source: str) -> list[dict[str, Any] | Problem]:
    # Apple's feed never declares a DTD; refusing one keeps entity tricks out of the parser.
    if "<!DOCTYPE" in text:
        raise SourceError(source, "not an App Store customer-reviews feed: it declares a DTD")
    try:
        root = ElementTree.fromstring(text)
    except ElementTree.ParseError as exc:
        raise SourceError(
            source, f"not a readable App Store customer-reviews XML feed ({exc})"
        ) from None
    if root.tag != f"{ATOM}feed":
        raise SourceError(
            source,
            f"not an App Store customer-reviews feed: expected an Atom <feed>, found <{root.tag}>"
            " (an HTML page?)",
        )
    entries: list[dict[str, Any] | Problem] = []
    for entry in root.iter(f"{ATOM}entry"):
        contents = entry.findall(f"{ATOM}content")
        plain = [c for c in contents if c.get("type", "text") == "text"]
        chosen = (plain or contents)[0] if contents else None
        entries.append(
            {
                "id": entry.findtext(f"{ATOM}id"),
                "author": entry.findtext(f"{ATOM}author/{ATOM}name"),
                "rating": entry.findtext(f"{ITUNES}rating"),
                "title": entry.findtext(f"{ATOM}title"),
                "text": "".join(chosen.itertext()) if chosen is not None else None,
                "html": chosen is not None and chosen.get("type") == "html",
                "updated": entry.findtext(f"{ATOM}updated"),
            }
        )
    return entries


KIND = AppStoreKind()
