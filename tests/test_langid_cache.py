"""py3langid's model as webcare holds it, kept in the cache dir (`analysis.langid_cache`):
read back, it is the very tables the build made; damaged, it is built and kept again;
switched off or unwritable, it is built."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from py3langid.langid import MODEL_DIR, MODEL_FILE

from webcare.analysis import langid_cache, langid_model
from webcare.analysis.language import LANGUAGES, _walking

MODEL = MODEL_DIR / MODEL_FILE
TEXTS = (
    "El pedido no llegó y nadie contesta",
    "Tack för snabb leverans, mycket nöjd",
    "Der Kundenservice ist nicht erreichbar",
    "Mijn pakket is nog steeds niet bezorgd",
)


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("WEBCARE_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache" / "langid"


def same(a: langid_model.Tables, b: langid_model.Tables) -> None:
    for name in ("ptc", "pc", "four_ptc", "four_pc"):
        left, right = getattr(a, name), getattr(b, name)
        assert left.dtype == right.dtype and np.array_equal(left, right), name
    for name in ("blocks", "block_at", "row_of", "row_start", "output"):
        assert getattr(a, name) == getattr(b, name), name
    assert a.classes == b.classes and a.four == b.four


def languages(tables: langid_model.Tables) -> list[str]:
    walking = _walking()
    assert walking is not None
    identifier = walking(tables.ptc, tables.pc, tables.classes, tables)
    return [identifier.classify(text)[0] for text in TEXTS]


def test_tables_read_back_are_the_ones_built(cache: Path) -> None:
    assert langid_cache.read(MODEL, LANGUAGES) is None
    built = langid_model.load(LANGUAGES)
    (kept,) = cache.iterdir()
    assert (kept / "index.json").is_file()
    kept = langid_cache.read(MODEL, LANGUAGES)
    assert kept is not None
    read = langid_model.Tables(**kept)
    same(built, read)
    assert languages(read) == languages(built) == ["es", "sv", "de", "nl"]


@pytest.mark.parametrize("part", ["weights.npz", "block_at", "index.json"])
def test_a_damaged_part_is_built_again(cache: Path, part: str) -> None:
    built = langid_model.load(LANGUAGES)
    (kept,) = cache.iterdir()
    path = kept / part
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01  # one bit, in the middle (the weights' part of the file)
    damaged = path.with_name("damaged")
    damaged.write_bytes(bytes(data))
    damaged.replace(path)  # a new file: `built` maps the old one, as a running process would
    assert langid_cache.read(MODEL, LANGUAGES) is None
    same(langid_model.load(LANGUAGES), built)
    kept_again = langid_cache.read(MODEL, LANGUAGES)  # and kept whole again
    assert kept_again is not None
    same(langid_model.Tables(**kept_again), built)


def test_off_builds_and_keeps_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WEBCARE_CACHE_DIR", "")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert langid_cache.directory(MODEL, LANGUAGES) is None
    assert languages(langid_model.load(LANGUAGES)) == ["es", "sv", "de", "nl"]
    assert not (tmp_path / "xdg").exists()


def test_an_unwritable_cache_builds_the_tables(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "not-a-directory"
    blocker.write_text("a file where the cache would go\n", encoding="utf-8")
    monkeypatch.setenv("WEBCARE_CACHE_DIR", str(blocker))
    assert languages(langid_model.load(LANGUAGES)) == ["es", "sv", "de", "nl"]


def test_a_killed_builds_leftovers_are_removed(cache: Path) -> None:
    """A process killed while it built the tables leaves its staging directory behind;
    the next build removes it once it is old, and leaves a recent one (still building)."""
    import os

    final = langid_cache.directory(MODEL, LANGUAGES)
    assert final is not None
    old, recent = (final.with_name(f".{final.name}.{pid}.tmp") for pid in (999_991, 999_992))
    for staged in (old, recent):
        staged.mkdir(parents=True)
        (staged / "weights.npz").write_bytes(b"half a model")
    hours_ago = (old.stat().st_mtime - 2 * 3600,) * 2
    os.utime(old, hours_ago)
    langid_model.load(LANGUAGES)
    assert not old.exists() and recent.exists()
    assert langid_cache.read(MODEL, LANGUAGES) is not None
