#!/usr/bin/env python3
"""Writes the seventh held-out set (heldout7/NAME.txt, NAME.json, NAME.instruments.json) from the
tables in docs8.py with the generator of heldout/gen/make_gold.py.

    python3 make_gold7.py                 # writes chn-ury, ita-grc and chn-pic

"documents" is rebuilt from the TITLE units (every text here has its title first), with a note on layout.
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(HERE)), "heldout", "gen"))
import make_gold
from docs8 import URY, ITA, PIC

NOTES = {
    "chn-ury": ["web layout: title first, section headings 一、…四、 on lines of their own, one paragraph per line, a place-and-date line at the end (乌方 = URY)."],
    "ita-grc": ["newspaper layout: title, then the dateline (month-day only) on a line of its own, hard-wrapped lines, blank lines between groups, a —— list under a lead-in; two non-Chinese parties (意方 = ITA, 希方 = GRC); an intergovernmental consultation 联合公报."],
    "chn-pic": ["web layout: a five-party ministerial statement whose opening paragraph names the five states (五方/五国 = all; 斐方 = FJI, 萨方 = WSM, 汤方 = TON, 瓦方 = VUT, 中方 = CHN), a lead-in with （一）…（四） items, a closing formula."],
}


if __name__ == "__main__":
    out = os.path.dirname(HERE)
    for d in (URY, ITA, PIC):
        make_gold.write(d, out=out)
        make_gold.split_documents(os.path.join(out, d["name"] + ".json"), NOTES[d["name"]], make_gold.compact_units)
