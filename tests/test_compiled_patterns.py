"""The cache of compiled patterns (`analysis.compiled`): a pattern read back from it finds
exactly what `re.compile` finds, and a damaged, missing or unwritable cache only costs the
time it would have saved."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from webcare.analysis import compiled

WORDS = [f"woord{n}x{n * 7 % 13}" for n in range(900)]
SOURCE = r"\b(?:" + "|".join(WORDS) + r")\b|(?P<amount>€\s?\d+(?:,\d\d)?)"
TEXTS = [
    "geen van de woorden hier",
    f"hier staat {WORDS[17]} en daarna {WORDS[899]}.",
    f"prefix{WORDS[3]} telt niet, € 12,50 wel",
    f"{WORDS[0].upper()} in hoofdletters",
]


def finds(pattern: re.Pattern[str]) -> list[list[tuple[int, int, str | None]]]:
    return [[(m.start(), m.end(), m.group("amount")) for m in pattern.finditer(t)] for t in TEXTS]


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("WEBCARE_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache" / "patterns"


def test_a_pattern_read_back_finds_what_re_compile_finds(cache: Path) -> None:
    expected = finds(re.compile(SOURCE, re.IGNORECASE))
    first = compiled.pattern(SOURCE, re.IGNORECASE)
    assert len(list(cache.iterdir())) == 1
    again = compiled.pattern(SOURCE, re.IGNORECASE)  # read from the file this time
    assert again is not first and again == re.compile(SOURCE, re.IGNORECASE)
    assert finds(first) == finds(again) == expected
    assert expected[1] and expected[2][0][2] == "€ 12,50" and expected[3]
    assert again.groupindex == {"amount": 1}


def test_flags_are_part_of_what_is_kept(cache: Path) -> None:
    sensitive = compiled.pattern(SOURCE)
    insensitive = compiled.pattern(SOURCE, re.IGNORECASE)
    assert len(list(cache.iterdir())) == 2
    assert not sensitive.search(TEXTS[3]) and insensitive.search(TEXTS[3])


@pytest.mark.parametrize("damage", ["truncated", "one byte changed", "empty", "not ours"])
def test_a_damaged_file_is_compiled_again_and_replaced(cache: Path, damage: str) -> None:
    compiled.pattern(SOURCE)
    (kept,) = cache.iterdir()
    good = kept.read_bytes()
    damaged = {
        "truncated": good[: len(good) // 2],
        "one byte changed": good[:-9] + bytes([good[-9] ^ 0x40]) + good[-8:],
        "empty": b"",
        "not ours": b"\x00" * 32 + b"garbage",
    }[damage]
    kept.write_bytes(damaged)
    assert finds(compiled.pattern(SOURCE)) == finds(re.compile(SOURCE))
    assert kept.read_bytes() == good


def test_an_unwritable_cache_costs_nothing_but_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "not-a-directory"
    blocker.write_text("a file where the cache would go\n", encoding="utf-8")
    monkeypatch.setenv("WEBCARE_CACHE_DIR", str(blocker))
    assert finds(compiled.pattern(SOURCE)) == finds(re.compile(SOURCE))
    assert blocker.read_text(encoding="utf-8") == "a file where the cache would go\n"


def test_an_empty_setting_turns_the_cache_off(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("WEBCARE_CACHE_DIR", "")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    monkeypatch.setenv("HOME", str(tmp_path / "elsewhere"))
    assert compiled.cache_dir() is None
    assert finds(compiled.pattern(SOURCE)) == finds(re.compile(SOURCE))
    assert not (tmp_path / "xdg").exists() and not (tmp_path / "elsewhere").exists()


def test_without_a_setting_the_cache_is_the_users(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("WEBCARE_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert compiled.cache_dir() == tmp_path / "xdg" / "webcare" / "patterns"
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert compiled.cache_dir() == tmp_path / "home" / ".cache" / "webcare" / "patterns"


def test_small_patterns_are_not_kept(cache: Path) -> None:
    assert compiled.pattern(r"\bstoring\b").search("Storing?") is None
    assert not cache.exists()


def test_a_pattern_of_a_few_hundred_characters_is_kept(cache: Path) -> None:
    # The urgency families and the fact phrases are a hundred such: compiled in every
    # process they cost a one-off `webcare analyze` 0.1 s.
    source = r"\b(?:" + "|".join(WORDS[:30]) + r")\b"
    assert compiled.SMALLEST <= len(source) < 4096
    compiled.pattern(source)
    again = compiled.pattern(source)
    assert len(list(cache.iterdir())) == 1 and again.search(f"x {WORDS[29]} y")


def test_analyze_answers_the_same_from_a_cold_and_a_warm_cache(tmp_path: Path) -> None:
    """Real processes: the first fills the cache with the rules' patterns and
    py3langid's model, the second reads them; a user sees the same analysis either way."""
    texts = [
        "Mijn pakket is nog steeds niet bezorgd, al 4 dagen, en niemand neemt op!",
        "Can't log in to the app since this morning, is there an outage?",
        "Top service, bedankt!",
        "El pedido no llegó y nadie contesta",  # Spanish: told by its function words
        "Paket saya belum sampai sudah seminggu",  # only py3langid's whole model tells it
    ]
    env = {"WEBCARE_CACHE_DIR": str(tmp_path / "cold"), "PATH": "", "HOME": str(tmp_path)}
    command = [sys.executable, "-m", "webcare", "analyze", "--format", "json", *texts]

    def run() -> str:
        done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr
        return done.stdout

    cold = run()
    kept = list((tmp_path / "cold" / "patterns").iterdir())
    assert len(kept) >= 3
    assert len(list((tmp_path / "cold" / "langid").iterdir())) == 1
    assert run() == cold
    assert '"delivery"' in cold and '"outage"' in cold and '"es"' in cold and '"id"' in cold
