"""Rebuild the two rare-character fallback fonts from Debian's `fonts-hanazono` (20170904).

    apt-get download fonts-hanazono && dpkg-deb -x fonts-hanazono_*.deb x
    pip install --target /tmp/ft fonttools
    PYTHONPATH=/tmp/ft python resources/fonts/make_rare_subsets.py x/usr/share/fonts/truetype/hanazono

- hanazono-a-rare.ttf: from HanaMinA, every code point of the CJK radicals, strokes, Extension A,
  unified ideographs, compatibility ideographs (and their supplement) that WenQuanYi Micro Hei
  lacks.
- hanazono-b-extb.ttf: from HanaMinB, CJK Extension B (U+20000-U+2A6DF). Extensions C-F would
  add 9 MB for characters almost never seen in names; a name with one is refused with a message.

Hanazono is dual-licensed (Hanazono Font License or OFL-1.1); these subsets are distributed
under the Hanazono Font License, which allows modification (see hanazono.LICENSE.txt).
fontTools is needed only here, not by the application.
"""
import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTCollection, TTFont

HERE = Path(__file__).resolve().parent


def _ranges(*spans):
    return [c for lo, hi in spans for c in range(lo, hi + 1)]


def _subset(source: Path, unicodes, target: Path) -> None:
    options = subset.Options()
    options.layout_features = []
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.hinting = False
    font = TTFont(source)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=unicodes)
    subsetter.subset(font)
    font.save(target)


def main(folder: str) -> None:
    src = Path(folder)
    main_font = set(TTCollection(HERE / "wqy-microhei.ttc").fonts[0].getBestCmap())
    rare = [c for c in _ranges((0x2E80, 0x2FDF), (0x31C0, 0x31EF), (0x3400, 0x4DBF),
                               (0x4E00, 0x9FFF), (0xF900, 0xFAFF), (0x2F800, 0x2FA1F))
            if c not in main_font]
    _subset(src / "HanaMinA.ttf", rare, HERE / "hanazono-a-rare.ttf")
    _subset(src / "HanaMinB.ttf", _ranges((0x20000, 0x2A6DF)), HERE / "hanazono-b-extb.ttf")


if __name__ == "__main__":
    main(sys.argv[1])
