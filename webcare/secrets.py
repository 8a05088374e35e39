"""`${NAME}` secret references: filled from the environment at the moment of use only.

A config keeps the reference (`"Bearer ${ACME_TOKEN}"`), never the value, so what
webcare prints about a source or a notify target cannot leak the secret. A value is
filled in for where it goes: trailing whitespace dropped (a secret mounted as a file ends
in a newline nobody meant), percent-encoded inside a URL's user, password, path or query,
refused in a header when a header cannot carry it; an error names the variable, never
its value.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from urllib.parse import quote, urlsplit

from webcare.errors import ConfigError

_ENV_REF = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)\}")
_HEADER_TEXT = re.compile(r"[\t\x20-\x7e]*")
"""What an HTTP header value may hold here: printable ASCII and tabs (no CR/LF, no
control characters, no bytes whose encoding a server would have to guess)."""
_ESCAPE = re.compile(r"%[0-9A-Fa-f]{2}")
# Left as they are in each part of a URL (RFC 3986, less what would end that part): a
# password may hold `@`, `/`, `#` or `?`; a query value `&`, `+` or `#`.
_USERINFO_SAFE = "!$'()*,;="
_PATH_SAFE = "!$&'()*+,;=:@"
_QUERY_SAFE = "!$'()*,;=:@/?"
_MARK = "webcaresecret{}x"
_MARKS = re.compile(r"webcaresecret([0-9]+)x")


def _value(name: str, key: str) -> str:
    value = os.environ.get(name)
    if value is None:
        raise ConfigError(f"environment variable {name} is not set", key=key)
    return value.rstrip()


def fits_header(value: str) -> bool:
    """Whether `value` can be sent as an HTTP header value as it is."""
    return _HEADER_TEXT.fullmatch(value) is not None


def expand_env(template: str, *, key: str) -> str:
    """Fill `${NAME}` references from the environment, at the moment of use only.

    The template (never the value) is what webcare prints, so secrets stay out of logs.
    Trailing whitespace of a value is dropped.
    """
    return _ENV_REF.sub(lambda match: _value(match.group(1), key), template)


def expand_header(template: str, *, key: str) -> str:
    """`expand_env` for an HTTP header value: a value a header cannot carry (a line break
    that would start another header, a control character, non-ASCII) is a ConfigError
    naming the variable, not showing its value."""

    def fill(match: re.Match[str]) -> str:
        name = match.group(1)
        value = _value(name, key)
        if not fits_header(value):
            raise ConfigError(
                f"${{{name}}} holds a character an HTTP header cannot carry (a line break, "
                "a control character or non-ASCII); its value is not shown",
                key=key,
            )
        return value

    value = _ENV_REF.sub(fill, template)
    if not fits_header(value):
        raise ConfigError(
            "holds a character an HTTP header cannot carry (a line break, a control "
            "character or non-ASCII)",
            key=key,
        )
    return value


def expand_url(template: str, *, key: str) -> str:
    """`expand_env` for a URL: a value that lands in the user, password, path, query or
    fragment is percent-encoded for that part (`p@ss#1` as `p%40ss%231`; a `%XX` already
    in it is kept, so a value encoded by hand is not encoded twice). A value in the
    scheme or host (a whole base URL kept secret) goes in as it is. Whether the result is
    a valid URL is for the caller to check."""
    names = _ENV_REF.findall(template)
    if not names:
        return template
    counter = iter(range(len(names)))
    marked = _ENV_REF.sub(lambda _: _MARK.format(next(counter)), template)
    values = [_value(name, key) for name in names]
    try:
        parts = urlsplit(marked)
    except ValueError:  # broken before any value is filled in: as written, for the caller
        return expand_env(template, key=key)
    userinfo = parts.netloc.rpartition("@")[0]

    def fill(match: re.Match[str]) -> str:
        mark, value = match.group(0), values[int(match.group(1))]
        if not parts.scheme:
            return value
        if mark in userinfo:
            return _encode(value, _USERINFO_SAFE)
        if mark in parts.path:
            return _encode(value, _PATH_SAFE)
        if mark in parts.query or mark in parts.fragment:
            return _encode(value, _QUERY_SAFE)
        return value

    return _MARKS.sub(fill, marked)


def _encode(value: str, safe: str) -> str:
    pieces: list[str] = []
    start = 0
    for escape in _ESCAPE.finditer(value):
        pieces += [quote(value[start : escape.start()], safe=safe), escape.group(0)]
        start = escape.end()
    pieces.append(quote(value[start:], safe=safe))
    return "".join(pieces)


def references(template: str) -> list[str]:
    """The names of the `${NAME}` references in `template`, in order."""
    return _ENV_REF.findall(template)


def redact(text: str, templates: Iterable[str]) -> str:
    """`text` with the values of the variables `templates` refer to (as written and as
    they would be percent-encoded) replaced by `***`: for messages a library composed
    from what it was given, which webcare does not control."""
    for template in templates:
        for name in _ENV_REF.findall(template):
            value = os.environ.get(name, "").rstrip()
            if len(value) < 4:  # too short to tell from ordinary text; not worth hiding
                continue
            for form in {value, quote(value, safe=""), _encode(value, _USERINFO_SAFE)}:
                text = text.replace(form, "***")
    return text


def unset_env(template: str) -> list[str]:
    """The names of the `${NAME}` references in `template` whose variable is not set."""
    return [name for name in _ENV_REF.findall(template) if name not in os.environ]


def is_reference(text: str) -> bool:
    """Whether `text` starts with a `${NAME}` reference (a value read only when used)."""
    return _ENV_REF.match(text) is not None
