"""What a source kind is, and the shared steps from a raw record to a `Mention`.

A kind turns the bytes of one fetch into `Mention`s and `Problem`s; it never does I/O
(fetching is `webcare.fetch`), so every kind tests from a file with no server.
"""

from __future__ import annotations

import calendar
from abc import ABC, abstractmethod
from collections import Counter
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo
from typing import Any, BinaryIO, ClassVar
from urllib.parse import SplitResult, parse_qsl, quote_plus, urlencode, urlsplit, urlunsplit

from webcare.errors import SourceError
from webcare.htmltext import html_to_text
from webcare.model import Channel, Mention, Problem, Reply, mention_id
from webcare.secrets import is_reference
from webcare.sources.inert import clean_id, inert_parse
from webcare.sources.jsonio import JsonLimitError, json_loads
from webcare.sources.reading import ParseContext as ParseContext  # where kinds import it
from webcare.sources.reading import SplitsRecords, not_after_seen
from webcare.sources.textio import feed_bytes
from webcare.textutil import (
    clean_text,
    clean_url,
    has_surrogates,
    one_line,
    quoted,
    repair_surrogates,
)
from webcare.timeparse import parse_timestamp


class SourceKind(SplitsRecords, ABC):
    """A source format. Whatever a subclass's `parse` yields passes `inert` on the way out,
    and a SourceError it raises has its reason scrubbed: no lone surrogate, control, bidi,
    zero-width or tag character from a stranger reaches the store or a screen, whichever
    kind (a plugin's too) forgot to clean a field."""

    name: ClassVar[str]
    description: ClassVar[str]
    default_channel: ClassVar[str] = "web"
    brand_specific: ClassVar[bool] = False
    """True for kinds that only ever carry posts about the brand: no keyword filter."""
    options: ClassVar[Mapping[str, type | tuple[type, ...]]] = {}
    """Kind-specific config keys and their TOML types."""
    id_space: ClassVar[str | None] = None
    """The id space every source of this kind shares, for a platform whose ids are unique
    across it (a tweet's id is the same tweet whichever X source found it), so a reply one
    source finds answers a post another found. None (exports, feeds, anything numbered by
    whoever wrote it): each source's ids are its own."""

    @abstractmethod
    def parse(self, raw: bytes, ctx: ParseContext) -> Iterator[Mention | Reply | Problem]:
        """Yield a Mention per usable item and a Problem per unusable one, in order.

        A kind whose format marks the brand's own answers (a company reply on a review, an
        `inbound = False` tweet) yields them as `Reply`: the mention it answers becomes
        responded at the reply's time. Posts by `brand.handles` are recognised later, by
        the pipeline, for every kind.
        """

    def parse_stream(
        self, stream: BinaryIO, ctx: ParseContext
    ) -> Iterator[Mention | Reply | Problem]:
        """`parse` for a local file, a seekable stream at its start. Kinds of one record
        after another (CSV, JSON lines) read it a part at a time; the default reads it all."""
        return self.parse(stream.read(), ctx)

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        for name in ("parse", "parse_stream", "parse_records"):
            method = cls.__dict__.get(name)
            if method is not None:
                setattr(cls, name, inert_parse(method))

    def check_options(self, options: Mapping[str, Any]) -> None:
        """Raise OptionError for a kind-specific option with a bad value (at config load)."""
        return None

    def default_url(self, options: Mapping[str, Any]) -> str | None:
        """The URL to poll, built from the kind's options (an app id and a country) when the
        source gives neither `url` nor `path`; None when the kind cannot build one."""
        return None

    def request_headers(self, options: Mapping[str, Any]) -> dict[str, str]:
        """Headers this kind adds to every request (an API key, a bearer token).

        Values may hold `${ENV}` references: the fetcher fills them at the moment of use, so
        a secret is never part of the parsed configuration or an error message."""
        return {}

    def next_page(self, raw: bytes, url: str, options: Mapping[str, Any]) -> str | None:
        """The URL of the page after `raw`, which was fetched from `url`, or None when it is
        the last (or the kind does not page). `options` are the source's kind-specific
        options (the `json` kind reads its `next` path there). The poll follows the URL
        within `[poll] max_pages`, never to another host, and stops early once a page holds
        nothing new; an exception here ends paging with a note."""
        return None


class OptionError(ValueError):
    """A kind-specific option with a bad value: `key` names the option."""

    def __init__(self, key: str, message: str) -> None:
        super().__init__(message)
        self.key = key


def with_query(
    url: str,
    name: str,
    value: str,
    *,
    safe: str = "",
    quote_via: Callable[..., str] = quote_plus,
) -> str:
    """`url` with query parameter `name` set to `value`, as most APIs name their next page
    (a cursor, a page token, `max_id`): an earlier `name` is dropped, the new one goes last,
    and the rest of the query keeps its order, encoded with `quote_via` (`safe` kept as is)."""
    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k != name]
    query.append((name, value))
    return urlunsplit(parts._replace(query=urlencode(query, safe=safe, quote_via=quote_via)))


# ---------------------------------------------------------------- secrets and headers


def check_secret(options: Mapping[str, Any], key: str, *, what: str, example: str) -> None:
    """Raise OptionError when option `key` is given but holds no `${NAME}` reference.

    A secret written into the config would travel with it (and into what webcare prints);
    a reference is filled from the environment only when the request is sent. `what` names
    the secret in the message ("bearer token"), `example` a variable ("X_BEARER_TOKEN")."""
    value = options.get(key)
    if value is not None and not _holds_reference(value):
        noun = what.rsplit(" ", 1)[-1]
        raise OptionError(
            key,
            f'write the {what} as an environment reference such as "${{{example}}}", '
            f"never the {noun} itself",
        )


def _holds_reference(text: str) -> bool:
    # Anywhere in the text, as "Bearer ${TOKEN}" holds one; secrets.is_reference reads a start.
    return any(is_reference(text[at:]) for at, char in enumerate(text) if char == "$")


def bearer_header(options: Mapping[str, Any], key: str = "token") -> dict[str, str]:
    """`Authorization: Bearer …` from option `key`, or {} without it.

    The value stays the `${NAME}` reference the config holds: the fetcher fills it when it
    sends the request (see `SourceKind.request_headers`). A token written with its scheme
    ("Bearer ${TOKEN}") gets the scheme once."""
    return secret_header(options, key, "Authorization", scheme="Bearer")


def secret_header(
    options: Mapping[str, Any], key: str, header: str, *, scheme: str | None = None
) -> dict[str, str]:
    """Header `header` holding option `key` (a `${NAME}` reference, filled by the fetcher),
    after `scheme` when one is given; {} when the option is not set."""
    value = options.get(key)
    if not value:
        return {}
    if scheme is not None:
        value = f"{scheme} {value.removeprefix(f'{scheme} ').strip()}"
    return {header: value}


# ---------------------------------------------------------------- RSS and Atom


@dataclass(frozen=True, slots=True)
class Feed:
    """What was read of one RSS or Atom page (see `parse_feed` and `feedread`)."""

    entries: list[dict[str, Any]]
    link: str
    """The feed's own link (the site, the account's page); "" when it names none."""
    malformed: str | None
    """Why the page is not well-formed XML (feedparser's bozo exception); None when it is."""
    source: str
    unreadable: str
    repaired: tuple[int, ...] = ()
    """Per character reference that names no character (`&#xD800;`), now `&#xFFFD;`: the
    number of the entry it was in, 0 outside any entry."""

    def warnings(self) -> list[Problem]:
        """The notes that a malformed page was read only as far as it could be, and which
        entries held character references to no character."""
        notes = [
            Problem(
                f"{f'entry {number}' if number else 'the feed'}: replaced {count} invalid "
                "character reference(s) (lone surrogates, beyond Unicode) with U+FFFD"
            )
            for number, count in sorted(Counter(self.repaired).items())
        ]
        if self.malformed is None:
            return notes
        return [
            Problem(f"feed is not well-formed ({self.malformed}); read what could be read"),
            *notes,
        ]

    def check_read(self, usable: int) -> None:
        """Raise SourceError when a malformed page gave no usable entry: a truncated download
        leaves entry shells without text, so nothing was read after all."""
        if self.malformed is not None and not usable:
            raise SourceError(self.source, f"{self.unreadable}: {self.malformed}")


def parse_feed(
    raw: bytes, ctx: ParseContext, *, not_a_feed: str, unreadable: str | None = None
) -> Feed:
    """The entries of an RSS or Atom page, read safely, or a SourceError.

    A malformed page with no entries is `"{unreadable} ({location}): line L, column C:
    {why}"` (`not_a_feed` when
    `unreadable` is None); bytes that parse but are no feed (an empty body, an HTML page)
    are `not_a_feed`. A malformed page that has entries is read; `Feed.warnings` says so.
    HTML is left as written (no sanitising, no resolved links): kinds reduce it to text.
    """
    from webcare.sources import feedread

    where = ctx.spec.location  # the file or URL: a source's name alone may stand for several
    raw, repaired = feed_bytes(raw)
    try:
        parsed = feedread.read(raw)
    except (ValueError, OverflowError, UnicodeError) as exc:  # its loose parser's chr(), encode()
        raise SourceError(ctx.spec.name, f"{unreadable or not_a_feed} ({where}): {exc}") from None
    malformed = parsed.malformed
    entries = parsed.entries
    if not entries:
        if malformed is not None and unreadable is not None:
            raise SourceError(ctx.spec.name, f"{unreadable} ({where}): {malformed}")
        if malformed is not None or not parsed.version:
            # An empty body or an HTML page (a portal, a moved site) parses without error but
            # is no feed: saying so keeps a dead URL from passing as a quiet feed forever.
            raise SourceError(ctx.spec.name, not_a_feed)
    return Feed(
        entries=entries,
        link=parsed.link,
        malformed=malformed,
        source=ctx.spec.name,
        unreadable=f"{unreadable or not_a_feed} ({where})",
        repaired=repaired,
    )


def entry_html(entry: Mapping[str, Any]) -> str:
    """An entry's body as the feed wrote it (HTML): its first non-empty content, else its
    summary (RSS <description>)."""
    for content in entry.get("content") or ():
        if content.get("value"):
            return str(content["value"])
    return str(entry.get("summary") or "")


def entry_time(
    entry: Mapping[str, Any], keys: tuple[str, ...] = ("published_parsed", "updated_parsed")
) -> datetime | None:
    """The first of an entry's parsed times in `keys` (feedparser gives them in UTC)."""
    for key in keys:
        parsed = entry.get(key)
        if parsed:
            try:
                return datetime.fromtimestamp(calendar.timegm(parsed), UTC)
            except (OverflowError, OSError, ValueError):
                continue  # a year no datetime holds: as if the entry gave none
    return None


# ---------------------------------------------------------------- records


def load_json(raw: bytes, ctx: ParseContext, what: str = "JSON") -> Any:
    """A whole JSON document, or a SourceError that says where it breaks.

    `what` names the format the source should have sent ("Trustpilot reviews JSON")."""
    import json

    from webcare.sources.textio import decode

    text = decode(raw, fallback=None)
    if not text.strip():
        raise SourceError(ctx.spec.name, f"empty response; expected {what}")
    try:
        return json_loads(text)
    except JsonLimitError as exc:
        raise SourceError(ctx.spec.name, f"not readable as {what}: {exc}") from None
    except json.JSONDecodeError as exc:
        if text.lstrip().startswith("<"):
            raise SourceError(
                ctx.spec.name, f"not {what}: the response is HTML or XML (a login or error page?)"
            ) from None
        raise SourceError(
            ctx.spec.name,
            f"not valid {what} ({exc.msg}, line {exc.lineno} column {exc.colno})",
        ) from None


def read_time(value: Any, tz: tzinfo) -> datetime:
    """`parse_timestamp`, with a time no datetime holds (epoch 1e20, year 1 moved back by
    its offset) as the ValueError of any other unreadable time, not an OverflowError."""
    try:
        return parse_timestamp(value, tz)
    except (OverflowError, OSError):
        raise ValueError(f"{quoted(value)} is out of the range of dates") from None


class RecordError(ValueError):
    """A record that cannot become a mention; the message says why."""


def parse_rating(value: Any) -> int | None:
    """A 1–5 star rating from the forms exports use (`4`, `"4"`, `4.0`, `"4/5"`)."""
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise RecordError(f"rating {quoted(value)} is not a number from 1 to 5")
    text = str(value).strip().split("/")[0].replace(",", ".")
    try:
        number = float(text)
    except ValueError:
        raise RecordError(f"rating {quoted(value)} is not a number from 1 to 5") from None
    if not 1 <= number <= 5 or number != int(number):
        raise RecordError(f"rating {quoted(value)} is not a whole number from 1 to 5")
    return int(number)


def parse_reach(value: Any) -> int | None:
    if value is None or value == "":
        return None
    try:
        reach = int(float(str(value).replace("_", "")))
    except (ValueError, OverflowError):  # "x", NaN; 1e999 is infinite
        raise RecordError(f"author_reach {quoted(value)} is not a number") from None
    if reach < 0:
        raise RecordError(f"author_reach {quoted(value)} is negative")
    return reach


def as_text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)  # ids written by spreadsheets and pandas: 3.0 -> "3"
    text = str(value).strip()
    return text or None


def utc_time(value: Any) -> Any:
    """A time the source writes in UTC, also where it gives no offset (APIs and exports
    whose times are UTC by definition), never read in the brand's zone. Empty and unreadable
    values come back as they are, for `build_mention` to estimate or report."""
    if value is None or value == "":
        return value
    try:
        return read_time(value, UTC)
    except ValueError:
        return value


def as_object(value: Any) -> dict[str, Any]:
    """`value` if it is a JSON object, else an empty one: for nested objects a record may
    lack or hold in another shape (an author, a reply)."""
    return value if isinstance(value, dict) else {}


def as_list(value: Any) -> list[Any]:
    """`value` if it is a JSON array, else an empty one: a list a record may lack or hold
    in another shape (`"children": 1e999` is no list of children)."""
    return value if isinstance(value, list) else []


def url_parts(url: str) -> SplitResult:
    """`urlsplit(url)`, or the parts of an empty URL for one it refuses (`http://[x/`)."""
    try:
        return urlsplit(url)
    except ValueError:
        return urlsplit("")


def build_mention(
    ctx: ParseContext,
    *,
    text: str | None,
    title: str | None = None,
    created_at: Any = None,
    native_id: Any = None,
    url: Any = None,
    author: Any = None,
    author_reach: Any = None,
    rating: Any = None,
    in_reply_to: Any = None,
    channel: Any = None,
    html: bool = False,
) -> tuple[Mention, list[str]]:
    """One normalised Mention from raw fields, plus warnings about fields it had to drop.

    Raises RecordError when the record cannot be a mention at all (no text, bad date).
    """
    warnings: list[str] = []
    damaged: list[str] = []

    def repaired(name: str, value: str | None) -> str | None:
        # JSON's "\ud800" and a feed's &#xD800; make lone surrogates, which no UTF-8 store
        # or stream accepts: each becomes U+FFFD, and the record says which fields had them.
        if value is not None and has_surrogates(value):
            damaged.append(name)
            return repair_surrogates(value)
        return value

    reduce = html_to_text if html else clean_text
    body = reduce(repaired("text", text) or "")
    heading = reduce(repaired("title", title) or "")
    if heading and not body.startswith(heading):
        body = f"{heading}\n{body}" if body else heading
    native = clean_id(repaired("id", as_text(native_id)))
    # A URL is cleaned like text: a control or bidi character in it would reach every link.
    link = clean_url(repaired("url", as_text(url)) or "") or None
    who = one_line(repaired("author", as_text(author)) or "") or None
    answers = clean_id(repaired("in_reply_to", as_text(in_reply_to)))
    if damaged:
        warnings.append(
            f"{', '.join(damaged)}: replaced invalid characters (lone surrogates) with U+FFFD"
        )
    if not body:
        raise RecordError("no text")
    estimated = created_at is None or created_at == ""
    if estimated:
        moment = ctx.seen_at
    elif isinstance(created_at, datetime):
        moment = created_at
    else:
        try:
            moment = read_time(created_at, ctx.timezone)
        except ValueError as exc:
            raise RecordError(f"created_at: {exc}") from None
    written, ahead = not_after_seen(moment, ctx.seen_at, ctx.timezone)
    warnings += [ahead] if ahead else []
    try:
        stars = parse_rating(rating)
    except RecordError as exc:
        warnings.append(f"{exc}; kept the mention without a rating")
        stars = None
    try:
        reach = parse_reach(author_reach)
    except RecordError as exc:
        warnings.append(f"{exc}; kept the mention without reach")
        reach = None
    if link and not link.lower().startswith(("http://", "https://")):
        warnings.append(f"url {quoted(link, 60)} is not http(s); dropped it")
        link = None
    spec = ctx.spec
    where = spec.channel
    if channel not in (None, ""):
        try:
            where = Channel(str(channel).strip().lower())
        except ValueError:
            valid = ", ".join(c.value for c in Channel)
            warnings.append(f"channel {quoted(channel, 30)} is not one of {valid}; used {where}")
    return (
        Mention(
            id=mention_id(
                spec.name,
                native_id=native,
                url=link,
                author=who,
                text=body,
                created_at=None if estimated else moment,
            ),
            source=spec.name,
            channel=where,
            text=body,
            created_at=written,
            native_id=native,
            url=link,
            author=who,
            author_reach=reach,
            rating=stars,
            in_reply_to=answers,
            created_at_estimated=estimated,
        ),
        warnings,
    )
