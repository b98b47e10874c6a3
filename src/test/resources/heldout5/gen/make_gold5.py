#!/usr/bin/env python3
"""Writes the fifth held-out set (heldout5/NAME.txt, NAME.json, NAME.instruments.json) from the
tables in docs6.py with the generator of heldout/gen/make_gold.py.

    python3 make_gold5.py                 # writes chn-hun, chn-afg-pak, mex-col and chn-tha

"documents" is rebuilt from the TITLE units (every text here has its title first; chn-hun holds two
statements, each running from its title to the unit before the next title), with a note on layout.
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(HERE)), "heldout", "gen"))
import make_gold
from docs6 import HUN, CPA, MEX, THA

NOTES = {
    "chn-hun": ["web layout: the first of two statements in this file, a single-topic statement (AI governance), title first, one paragraph per line.",
                "web layout: the second statement of this file (food security), ending with a place-and-date line."],
    "chn-afg-pak": ["newspaper layout: title, then the dateline on a line of its own, hard-wrapped lines, blank lines between groups; a trilateral statement (三方; 阿方 = AFG, 巴方 = PAK)."],
    "mex-col": ["web layout: title first, section headings (政治对话 …) on lines of their own; two non-Chinese parties (墨方 = MEX, 哥方 = COL)."],
    "chn-tha": ["web layout: anniversary statement, a preamble, sections 一、… on lines of their own with sub-items （一）…, a closing formula and a signature block (two lines)."],
}


if __name__ == "__main__":
    out = os.path.dirname(HERE)
    for d in (HUN, CPA, MEX, THA):
        make_gold.write(d, out=out)
        make_gold.split_documents(os.path.join(out, d["name"] + ".json"), NOTES[d["name"]], make_gold.compact_units)
