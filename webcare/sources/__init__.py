"""The registry of source kinds. A new kind is one module plus its golden test.

Every module in this package that defines `KIND` (a `SourceKind` instance) is a built-in
kind, registered exactly as a plugin would be through `register`. The kind modules import
their heavy parsers (feedparser…) lazily, so listing kinds is cheap.
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
    import importlib
    import pkgutil

    for info in pkgutil.iter_modules(__path__):
        module = importlib.import_module(f"{__name__}.{info.name}")
        kind = getattr(module, "KIND", None)
        if isinstance(kind, SourceKind):
            register(kind)


_load_builtins()
