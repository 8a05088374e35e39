"""Keys that recognise one post seen through two sources (a review on its site and in an
alert feed; a tweet in an API search and in an export). Pure: no I/O.

Two keys, either of which clusters: the post's canonical URL (tracking parameters, `www.`
and trailing slashes do not make a different page) when the texts agree too, and its
normalised text when the text is long enough that two customers would not write it word
for word.
"""

from __future__ import annotations

import hashlib
import re
from urllib.parse import parse_qsl, urlencode, urlsplit

from webcare.model import normalise_for_id

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
    words = _WORD.findall(normalise_for_id(_URLS.sub(" ", text)))
    if len(words) < MIN_TEXT_WORDS:
        return None
    return hashlib.blake2s(" ".join(words).encode(), digest_size=12).hexdigest()
