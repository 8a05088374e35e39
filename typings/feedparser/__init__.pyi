"""Types for the part of feedparser (6.x, which ships none) that webcare uses.

webcare calls only `parse`, on a byte stream, and reads the result as a dict; keys read as
attributes too (`result.entries`, `entry.title`), and those stay `Any` here because a
feed's fields are whatever the page held.
"""

from typing import IO, Any

__version__: str

class FeedParserDict(dict[str, Any]):
    """A dict of what feedparser found; every key also reads as an attribute."""

    def __getattr__(self, name: str) -> Any: ...

def parse(
    url_file_stream_or_string: str | bytes | IO[bytes],
    etag: str | None = ...,
    modified: str | None = ...,
    agent: str | None = ...,
    referrer: str | None = ...,
    handlers: list[Any] | None = ...,
    request_headers: dict[str, str] | None = ...,
    response_headers: dict[str, str] | None = ...,
    resolve_relative_uris: bool | None = ...,
    sanitize_html: bool | None = ...,
) -> FeedParserDict: ...
