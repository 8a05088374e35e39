"""Recognising one post seen through two sources (a review on its site and in an alert
feed; a tweet in an API search and in an export). Pure: no I/O.

Two keys, either of which clusters: the post's canonical URL (tracking parameters, `www.`
and trailing slashes do not make a different page) when the texts agree too, and its
normalised text when the text is long enough that two customers would not write it word
for word. `same_post` is the rule; a store only fetches the stored posts sharing a key.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Literal
from urllib.parse import parse_qsl, urlencode, urlsplit

from webcare.model import Mention, normalise_for_id

_TRACKING = re.compile(
    r"^(utm_\w+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|si|ref|ref_src|ref_url|s|t|"
    r"cmpid|campaign|_hs\w+|hsCtaTracking|spm|share|feature)$",
    re.IGNORECASE,
)
_HOST_PREFIXES = ("www.", "m.", "mobile.", "amp.")
_URLS = re.compile(r"https?://\S+")
_WORD = re.compile(r"\w+")
MIN_TEXT_WORDS = 12
"""Shorter texts ("bedankt voor de snelle hulp!") are written alike by different people."""


def canonical_url(url: str | None) -> str | None:
    """`host/path?sorted-params` without scheme, `www.`, fragment, tracking parameters or a
    trailing slash; None for a URL that names no page."""
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    host = (parts.hostname or "").lower().rstrip(".")
    if not host:
        return None
    for prefix in _HOST_PREFIXES:
        if host.startswith(prefix):
            host = host[len(prefix) :]
            break
    path = re.sub(r"/+", "/", parts.path).rstrip("/")
    query = sorted(
        (key, value)
        for key, value in parse_qsl(parts.query, keep_blank_values=True)
        if not _TRACKING.match(key)
    )
    # A fragment often names the post itself (`#comment-12`, `#post-3`); a text fragment
    # (`#:~:text=`) only highlights part of a page.
    fragment = "" if parts.fragment.startswith(":~:") else parts.fragment
    if not path and not query and not fragment:
        return None  # a site's home page is not a post
    key = host + path
    if query:
        key += "?" + urlencode(query)
    if fragment:
        key += "#" + fragment
    return key


def same_words(one: str, other: str, share: float = 0.6) -> bool:
    """Whether most words of the shorter text occur in the longer one: an alert's snippet
    and the review it quotes agree; two reviews that link the same product page do not."""
    first = set(_WORD.findall(normalise_for_id(_URLS.sub(" ", one))))
    second = set(_WORD.findall(normalise_for_id(_URLS.sub(" ", other))))
    shorter, longer = sorted((first, second), key=len)
    if not shorter:
        return False
    return len(shorter & longer) >= share * len(shorter)


def text_key(text: str) -> str | None:
    """A digest of the words of a text long enough to be one person's own, else None.

    Links are left out (shorteners and tracking differ per channel); case, accents,
    punctuation and spacing do not count."""
    if "http" in text:  # no link without it
        text = _URLS.sub(" ", text)
    # ASCII needs no decomposing, and words do not see spacing: what normalise_for_id
    # would give them, for less.
    words = _WORD.findall(text.lower() if text.isascii() else normalise_for_id(text))
    if len(words) < MIN_TEXT_WORDS:
        return None
    return hashlib.blake2s(" ".join(words).encode(), digest_size=12).hexdigest()


TEXT_MATCH_WITHIN = timedelta(days=2)
"""The same long text by the same author this far apart is one post seen twice."""


@dataclass(frozen=True, slots=True)
class PostKeys:
    """What recognises a post seen through another source; stored with every mention."""

    url: str | None
    text: str | None

    @classmethod
    def of(cls, mention: Mention) -> PostKeys:
        return cls(canonical_url(mention.url), text_key(mention.text))


@dataclass(frozen=True, slots=True)
class StoredPost:
    """A stored mention sharing a key with a new one: what `same_post` looks at."""

    id: str
    source: str
    text: str
    author: str | None
    created_at: datetime
    keys: PostKeys


@dataclass(frozen=True, slots=True)
class SamePost:
    """The new mention is another sighting of the stored mention `mention_id`."""

    mention_id: str
    matched_by: Literal["url", "text"]


def same_post(mention: Mention, keys: PostKeys, stored: Iterable[StoredPost]) -> SamePost | None:
    """The stored post `mention` is another sighting of, if any; the oldest one wins.

    Only a post from another source counts: one source's two ids are two posts. The same
    canonical URL counts when the words agree too (exports often link the product page,
    not the review); the same long text counts when written by the same author (or one
    side names none) within two days: two customers may paste the same complaint."""
    others = sorted((post for post in stored if post.source != mention.source), key=_oldest)
    if keys.url is not None:
        for post in others:
            if post.keys.url == keys.url and same_words(mention.text, post.text):
                return SamePost(post.id, "url")
    if keys.text is not None:
        for post in others:
            if (
                post.keys.text == keys.text
                and _same_author(mention.author, post.author)
                and abs(post.created_at - mention.created_at) <= TEXT_MATCH_WITHIN
            ):
                return SamePost(post.id, "text")
    return None


def _oldest(post: StoredPost) -> tuple[datetime, str]:
    return post.created_at, post.id


def _same_author(one: str | None, other: str | None) -> bool:
    """Same handle with `@` and case ignored; a side without an author does not object."""
    if not one or not other:
        return True
    return one.casefold().lstrip("@") == other.casefold().lstrip("@")
