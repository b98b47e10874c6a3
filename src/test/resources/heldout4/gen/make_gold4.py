#!/usr/bin/env python3
"""Writes the fourth held-out set (heldout4/NAME.txt, NAME.json, NAME.instruments.json) from the
tables in docs5.py with the generator of heldout/gen/make_gold.py.

    python3 make_gold4.py                 # writes chn-srb, tur-aze, c5, chn-mng and chn-lka-hant
    python3 make_gold4.py --strings       # prints the strings of chn-lka to convert to traditional

chn-lka-hant is written in traditional characters from trad.tsv ("simplified<TAB>traditional"
lines), made with HanLP portable-1.8.6 HanLP.convertToTraditionalChinese (S2T.java in this folder):
    python3 make_gold4.py --strings > /tmp/s.txt
    javac -cp HANLP.jar S2T.java && java -cp HANLP.jar:. S2T /tmp/s.txt > trad.tsv
then two glyph fixes by hand in the traditional column: 箇 -> 個 (HanLP wrote 一箇中國) and
爲 -> 為 (the usual Taiwan/Hong Kong form).
Layouts on top of make_gold.py: "web-indent" (two full-width spaces before each paragraph; 【】
headings are HEAD rows), and a newspaper text whose TITLE paragraph comes last.
"""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(HERE)), "heldout", "gen"))
import make_gold
from docs5 import SRB, AZE, C5, MNG, LKA

BASE = "Held-out test text written in the style of published statements (not a published text); "
NOTES = {
    "chn-srb": "press communiqué (联合新闻公报), web layout: title with （全文） suffix first, paragraphs indented with full-width spaces, 【】 section headings on lines of their own.",
    "tur-aze": "newspaper layout: hard-wrapped lines, the place-and-date line and then the title printed after the body; two non-Chinese parties (土方 = TUR, 阿方 = AZE).",
    "c5": "multilateral declaration of six states (中国—中亚), web layout: title and dateline first, half-width punctuation (, ; ( ) \") in places.",
    "chn-mng": "talks minutes (会谈纪要), web layout: title first, a lead-in and items 第一，…第十，, a closing formula.",
    "chn-lka-hant": "web layout: title first; traditional characters (HanLP s2t of the simplified table in docs5.py).",
}

_plain_layout = make_gold.layout


def layout(doc, conv):
    if doc["layout"] != "web-indent":
        return _plain_layout(doc, conv)
    lines = []
    for para in doc["paragraphs"]:
        if para[0][0] in ("TITLE", "HEAD", "PAGE"):
            lines.append("".join(conv(u[1]) for u in para))
        else:
            lines.append("\u3000\u3000" + "".join(conv(u[0]) for u in para))
    return "\n".join(lines) + "\n"


make_gold.layout = layout


def fix_documents(out, name, conv):
    path = os.path.join(out, name + ".json")
    with open(path, encoding="utf-8") as f:
        gold = json.load(f)
    units = gold["units"]
    title = next(u["title"] for u in units if "title" in u)
    gold["documents"] = [{"title": title, "first_unit": 0, "last_unit": len(units) - 1, "note": BASE + NOTES[name]}]
    with open(path, "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")
    rpath = os.path.join(out, name + ".instruments.json")
    with open(rpath, encoding="utf-8") as f:
        reg = json.load(f)
    for v in reg.values():  # traditional forms of the aliases too (make_gold adds the title's)
        for a in list(v["aliases"]):
            t = conv(a)
            if t != a and t not in v["aliases"]:
                v["aliases"].append(t)
    with open(rpath, "w", encoding="utf-8") as f:
        json.dump(reg, f, ensure_ascii=False, indent=1)
        f.write("\n")


def strings(d):
    for para in d["paragraphs"]:
        for u in para:
            if u[0] in ("TITLE", "HEAD", "PAGE"):
                print(u[1])
                continue
            print(u[0])
            for s in make_gold.statements(u[2], d["parties"]):
                print(s["verb"])
    for v in d["registry"].values():
        print(v["title"])
        for a in v["aliases"]:
            print(a)


if __name__ == "__main__":
    if "--strings" in sys.argv:
        strings(LKA)
        sys.exit(0)
    out = os.path.dirname(HERE)
    ident = lambda s: s
    for d in (SRB, AZE, C5, MNG):
        make_gold.write(d, out=out)
        fix_documents(out, d["name"], ident)
    table = dict(l.rstrip("\n").split("\t") for l in open(os.path.join(HERE, "trad.tsv"), encoding="utf-8"))
    conv = lambda s: table.get(s, s)  # every unit, verb, title and alias is in trad.tsv
    make_gold.write(LKA, conv, "chn-lka-hant", out=out)
    fix_documents(out, "chn-lka-hant", conv)
