"""The registry of source kinds. A new kind is one module that calls `register` plus a test.

Built-in kinds register exactly as a plugin would: by being imported here. The kind
modules import their heavy parsers (feedparser…) lazily, so listing kinds is cheap.
"""

from __future__ import annotations

from webcare.sources.base import SourceKind

_REGISTRY: dict[str, SourceKind] = {}


def register(kind: SourceKind) -> SourceKind:
    if kind.name in _REGISTRY:
        raise ValueError(f"source kind {kind.name!r} is registered twice")
    _REGISTRY[kind.name] = kind
    return kind


def kinds() -> list[str]:
    return sorted(_REGISTRY)


def get(name: str) -> SourceKind:
    try:
        return _REGISTRY[name]
    except KeyError:
        raise KeyError(f"unknown source kind {name!r}; valid: {', '.join(kinds())}") from None


def _load_builtins() -> None:
    from webcare.sources import csv, jsonl, rss

    for module in (rss, jsonl, csv):
        register(module.KIND)


_load_builtins()
