"""Where the urgency rules are tried: places and rule tries a text, by key and by rule.

    python bench/rule_tries.py [--texts tweets|long] [--count 10000] [--top 25] [--json FILE]

The place scan (`rules.Places`) stops at word starts where some rule may match; at each
place the rules whose patterns may start with the place's first characters (its key) are
tried. A new pattern that widens to a bare common word ("i", "hebben", "maaltijd" without
what follows) adds places or tries at every such word of every text, a cost no test of
the rules' judgements shows. Run this before and after a change to the rules: on the
bench tweets (`analysis_throughput.make_texts`) round 49 ended at 7.50 places and 16.68
tries a text. `--json` writes the counts by key and by (rule, key) for a diff of two runs.
Deterministic: counts, not times.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from analysis_throughput import make_long_texts, make_texts  # noqa: E402

from webcare.analysis import compose  # noqa: E402
from webcare.analysis.rules import _spaced  # noqa: E402
from webcare.analysis.start_keys import DISPATCH  # noqa: E402
from webcare.analysis.urgency import fold  # noqa: E402
from webcare.settings import Settings  # noqa: E402


def count(texts: list[str]) -> tuple[Counter[str], Counter[tuple[str, str]]]:
    """Places by key, and rule tries by (rule name, key), over `texts`."""
    settings = Settings()
    compose.analyse(texts[0], settings)  # build the matchers
    categories, _, place_finder, *_ = compose._rules(settings)
    matcher = categories.matcher
    places: Counter[str] = Counter()
    tries: Counter[tuple[str, str]] = Counter()
    for text in texts:
        folded = fold(text, text.lower())
        for position in place_finder.find(folded):
            key = folded[position : position + DISPATCH]
            if "  " in key or not key.isprintable():  # as `RuleMatcher._spans` reads a key
                key = _spaced(folded, position)
            places[key] += 1
            rules = matcher._dispatch.get(key) or matcher._rules_at(key)
            for index, _, _ in rules:
                tries[(matcher.names[index], key)] += 1
    return places, tries


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--texts", choices=("tweets", "long"), default="tweets")
    parser.add_argument("--count", type=int, default=10000)
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--json", type=Path, help="write the counts here")
    args = parser.parse_args()
    texts = make_texts(args.count) if args.texts == "tweets" else make_long_texts(args.count)
    places, tries = count(texts)
    n = len(texts)
    print(
        f"{args.texts}: {sum(places.values()) / n:.2f} places and {sum(tries.values()) / n:.2f} rule tries a text"
    )
    print("most tried (rule, key):")
    for (rule, key), times in tries.most_common(args.top):
        print(f"  {rule:12s} {key!r:10s} {times / n:.3f} a text")
    if args.json:
        args.json.write_text(
            json.dumps(
                {"places": dict(places), "tries": {f"{r}\t{k}": v for (r, k), v in tries.items()}},
                ensure_ascii=False,
                indent=0,
            ),
            encoding="utf-8",
        )


if __name__ == "__main__":
    main()
