#!/usr/bin/env python3
"""Writes the sixth held-out set (heldout6/NAME.txt, NAME.json, NAME.instruments.json) from the
tables in docs7.py with the generator of heldout/gen/make_gold.py.

    python3 make_gold6.py                 # writes chn-sgp, esp-prt, lmc and chn-eth

"documents" is rebuilt from the TITLE units (every text here has its title first), with a note on layout.
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(HERE)), "heldout", "gen"))
import make_gold
from docs7 import SGP, ESP, LMC, ETH

NOTES = {
    "chn-sgp": ["web layout: title first, section headings 一、… on lines of their own, a lead-in 双方将采取以下措施： with a numbered list 1.…4. (one item a line), a place-and-date line at the end (新方 = SGP)."],
    "esp-prt": ["newspaper layout: title, then the dateline on a line of its own, hard-wrapped lines, blank lines between groups, a —— list under a lead-in; two non-Chinese parties (西方 = ESP, the Spanish side; 葡方 = PRT); a summit 联合宣言."],
    "lmc": ["web layout: a six-party leaders' declaration (六国 = all; 柬方 = KHM, 老方 = LAO, 缅方 = MMR, 泰方 = THA, 越方 = VNM, 中方 = CHN), section headings on lines of their own, a closing formula."],
    "chn-eth": ["web layout: a 联合新闻稿, title first, the dateline on a line of its own, one paragraph per line (埃方 = ETH)."],
}


if __name__ == "__main__":
    out = os.path.dirname(HERE)
    for d in (SGP, ESP, LMC, ETH):
        make_gold.write(d, out=out)
        make_gold.split_documents(os.path.join(out, d["name"] + ".json"), NOTES[d["name"]], make_gold.compact_units)
