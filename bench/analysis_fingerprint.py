"""Fingerprint of `analyse`: a digest of every field of every Analysis over a fixed corpus.

    python bench/analysis_fingerprint.py [--data ../shared/eval-data] [--out FILE] [--check FILE]

Speed work on the analysis must not change a single judgement. This runs `analyse` over
every text of the labelled sentiment and urgency files (read only for their texts) and the
throughput bench's texts, with default settings; every fourth text again with a star
rating and a source value, and every fifth with a config that adds, extends, replaces and
disables urgency and topic rules (the case-insensitive user patterns take other paths).
Prints one SHA-256 over all of it. `--out` writes one line per analysis (its repr) so two
runs can be diffed; `--check` compares with such a file and prints the first differences.
"""

from __future__ import annotations

import argparse
import glob
import hashlib
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from analysis_throughput import make_texts  # noqa: E402

from webcare.analysis import analyse  # noqa: E402
from webcare.model import UrgencyLevel  # noqa: E402
from webcare.settings import (  # noqa: E402
    BrandSettings,
    RouteSettings,
    Settings,
    TopicRuleSettings,
    TopicSettings,
    UrgencyRuleSettings,
    UrgencySettings,
)

CONFIGURED = Settings(
    brand=BrandSettings(name="Acme", keywords=("acme", "@acme")),
    route=RouteSettings(high_value_keywords=("Zakelijk", "premium")),
    urgency=UrgencySettings(
        rules=(
            UrgencyRuleSettings("escalation", patterns=("RTL Nieuws", r"de\s+krant")),
            UrgencyRuleSettings("outage", patterns=(r"werkt\s+niet", "down"), extend=False),
            UrgencyRuleSettings(
                "recall", level=UrgencyLevel.CRITICAL, patterns=("terugroep\\w*", "Recall")
            ),
        ),
        disable=("anger",),
    ),
    topics=TopicSettings(
        rules=(
            TopicRuleSettings("delivery", patterns=("PostNL", "DHL")),
            TopicRuleSettings("app", patterns=(r"\bapp\b", "iOS"), weight=3, monetary=True),
        ),
        disable=("service",),
    ),
)


def texts(data: Path) -> list[str]:
    found: list[str] = []
    files = sorted(glob.glob(str(data / "sentiment" / "*" / "*.t*")))
    files += sorted(glob.glob(str(data / "urgency" / "*.tsv")))
    for name in files:
        lines = Path(name).read_text(encoding="utf-8").splitlines()
        header = lines[0].split("\t")
        if "text" in header:  # label<TAB>text, or the urgency files' named columns
            column = header.index("text")
            found += ["\t".join(line.split("\t")[column:]) for line in lines[1:] if line.strip()]
        else:  # VADER's id<TAB>mean<TAB>text
            found += ["\t".join(line.split("\t")[2:]) for line in lines if line.strip()]
    if not found:
        sys.exit(f"no texts under {data}")
    return found + make_texts(10_000)


def runs(corpus: list[str]):  # type: ignore[no-untyped-def]
    default = Settings()
    for i, text in enumerate(corpus):
        yield f"{i}", analyse(text, default)
        if i % 4 == 0:
            rating, value = (i // 4) % 6 or None, ("high", "low", None)[i % 3]
            yield f"{i}r", analyse(text, default, rating=rating, source_value=value)
        if i % 5 == 0:
            yield f"{i}c", analyse(text, CONFIGURED)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    here = Path(__file__).resolve().parent
    parser.add_argument("--data", type=Path, default=here.parent.parent / "shared" / "eval-data")
    parser.add_argument("--out", type=Path, help="write one line per analysis")
    parser.add_argument("--check", type=Path, help="compare with a file --out wrote")
    args = parser.parse_args()
    digest = hashlib.sha256()
    lines = []
    for key, analysis in runs(texts(args.data)):
        line = f"{key}\t{analysis!r}"
        digest.update(line.encode() + b"\n")
        lines.append(line)
    print(f"{len(lines):,} analyses, sha256 {digest.hexdigest()}")
    if args.out:
        args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    if args.check:
        expected = args.check.read_text(encoding="utf-8").splitlines()
        diffs = [(e, g) for e, g in zip(expected, lines, strict=False) if e != g]
        if len(expected) != len(lines):
            print(f"DIFFERENT: {len(expected)} expected analyses, {len(lines)} now")
        for e, g in diffs[:10]:
            print(f"- {e}\n+ {g}")
        if diffs or len(expected) != len(lines):
            sys.exit(f"DIFFERENT: {len(diffs)} analyses changed")
        print("identical")


if __name__ == "__main__":
    main()
