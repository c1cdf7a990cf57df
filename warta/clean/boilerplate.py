"""The `boilerplate` stage: portal furniture that is not article text.

Whole lines only: "Baca Juga" (with or without the linked headline), "Berita
Terpopuler", "SCROLL TO CONTINUE WITH CONTENT", "ADVERTISEMENT", "Simak juga",
share buttons, "Halaman 2", promotion lines, and page-break headings (a short
line ending in "...." that introduces the next page). Every line removed goes
to `article.removed`.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from warta.clean.dateline import DATELINE
from warta.clean.metadata import strip_tail_credits
from warta.lang.id import calendar

if TYPE_CHECKING:
    from warta.doc import Doc

_PATTERNS = [
    r"baca(?:\s+juga)?(?:\s*[:>»-].*)?",
    r"[\[(]\s*(?:baca(?:\s+juga)?|lihat\s+juga|simak\s+juga)\b[^\])]*[\])]",  # "[Baca juga: ...]"
    r"(?:berita|artikel|topik|video|foto)\s+(?:terpopuler|terkait|lainnya|pilihan|populer|terkini|rekomendasi)\b.*",
    r"terpopuler|populer|terkini|rekomendasi|tag(?:s)?\s*:.*|topik\s*:.*|lihat\s+(?:juga|selengkapnya|video).*",
    r"scroll\s+to\s+continue(?:\s+with\s+content)?|advertisement|iklan|sponsored|promoted|kredit\s*foto.*",
    r"(?:simak|tonton|saksikan|dengarkan|ikuti|klik|cek|dapatkan|unduh|download|follow|gabung|yuk|jangan\s+lewatkan)\b"
    r".{0,160}\b(?:juga|video|berita|update|kami|di\s?sini|selengkapnya|artikel|channel|instagram|youtube|google\s+news"
    r"|whatsapp|aplikasi|app|koleksi|buku|newsletter|langganan|podcast|live|streaming)\b.{0,160}",
    r"(?:bagikan|share|tweet|salin\s+(?:link|tautan)|copy\s+link|facebook|twitter|whatsapp|telegram|line|email|x)"
    r"(?:\s*[|/,]\s*\w+)*",
    r"(?:halaman|page)\s*\d+(?:\s*(?:dari|of)\s*\d+)?|(?:halaman|artikel)\s+(?:selanjutnya|berikutnya|sebelumnya)"
    r"|next\s+page|selanjutnya|sebelumnya|\d+\s*/\s*\d+",
    r"komentar|tulis\s+komentar|\d+\s+komentar|loading\.*|memuat\.*|kembali\s+ke\s+atas|back\s+to\s+top",
    r"(?:hak\s+cipta|copyright|©).*|all\s+rights\s+reserved.*|.*(?:tidak\s+mewakili\s+kebijakan\s+editorial|redaksi\s+berhak\s+mengubah).*",
    r"[-–—_=*•·.]{1,}",
    r"(?:[^·|]{1,40}\s*[·|]\s*){3,}.*|redaksi\s*:.*@.*|redaksi\s*:\s*\S+\[at\]\S+|informasi\s+pemasangan\s+iklan",
    rf"[-–—•]?\s*(?:{'|'.join(sorted(calendar.WEEKDAYS, key=lambda d: (-len(d), d)))}),?\s+\d{{1,2}}[/ ]\S+[/ ]\d{{2,4}}"
    r"\s+\d{1,2}[:.]\d{2}\s*WIB\b.{0,160}",
    r"(?:home|beranda|index)\s*(?:>|»|/).{0,200}|load\s+more\.*|read\s+more\.*|more\.\.\.",
    r"(?:berita\s+terpopuler|most\s+popular)[-–—]*",
]
_BOILER = re.compile(r"^\s*(?:" + "|".join(_PATTERNS) + r")\s*$", re.I)
_BOILER_PREFIX = re.compile(r"^(?P<junk>(?:berita\s+terpopuler|baca\s+juga)\b[-–—:]*)\s*$", re.I)
_PAGE_BREAK = re.compile(r"^[^.!?]{8,120}(?:\.{3,}|…)\s*$")
_MAX_BOILER_LEN = 300
_LIST_ITEM = re.compile(r"^(?:\d+|[a-z])[.)]\s|^[-•*·]\s")
_SENTENCE_END = re.compile(r"[.!?:;\"”’')\]]$")


def is_boilerplate(line: str) -> bool:
    s = line.strip()
    return bool(s) and len(s) <= _MAX_BOILER_LEN and bool(_BOILER.match(s) or _BOILER_PREFIX.match(s))


def is_page_break(lines: list[str], i: int) -> bool:
    """A lone short line ending in "...." between blank lines: a page heading, not a sentence."""
    s = lines[i].strip()
    if not _PAGE_BREAK.match(s):
        return False
    before = i == 0 or not lines[i - 1].strip()
    after = i + 1 >= len(lines) or not lines[i + 1].strip()
    return before and after


def _headline_like(line: str) -> bool:
    s = line.strip()
    return bool(s) and len(s) <= 140 and not _SENTENCE_END.search(s) and not DATELINE.match(s)


def _link_runs(lines: list[str], idx: list[int]) -> set[int]:
    """Runs of 3+ consecutive headline-like paragraphs of 4+ words: a list of links, not article text.

    Numbered or bulleted items ("1. Minum berlebihan") are article lists and stay.
    """
    runs: list[list[int]] = [[]]
    for i in idx:
        s = lines[i].strip()
        if _headline_like(s) and len(s.split()) >= 4 and not _LIST_ITEM.match(s):
            runs[-1].append(i)
        elif runs[-1]:
            runs.append([])
    return {i for run in runs if len(run) >= 3 for i in run}


def trim_edges(lines: list[str], title: str | None) -> tuple[list[str], list[str]]:
    """Drop headline-like lines (related links, a repeated title) before the first and after the last sentence."""
    removed: list[str] = []
    idx = [i for i, ln in enumerate(lines) if ln.strip()]
    drop: set[int] = set()
    def standalone(i: int) -> bool:  # a line of its own, not the start of a hard-wrapped paragraph
        def gap(j: int) -> bool:
            return j < 0 or j >= len(lines) or not lines[j].strip() or j in drop

        return gap(i - 1) and gap(i + 1)

    for order in (idx, idx[::-1]):
        for i in order:
            if not (_headline_like(lines[i]) and standalone(i)):
                break
            drop.add(i)
    drop.update(_link_runs(lines, idx))
    key = (title or "").strip().lower()
    drop.update(i for i in idx if key and lines[i].strip().lower() == key)
    if len(drop) == len(idx):  # a body of nothing but short lines: keep it, it is all we have
        return lines, removed
    removed = [lines[i].strip() for i in sorted(drop)]
    return [ln for i, ln in enumerate(lines) if i not in drop], removed


def remove_boilerplate(doc: Doc) -> None:
    kept: list[str] = []
    lines = doc.lines
    for i, line in enumerate(lines):
        if is_boilerplate(line) or (line.strip() and is_page_break(lines, i)):
            doc.article.removed.append(line.strip())
            continue
        kept.append(line)
    strip_tail_credits(kept, doc)
    doc.lines, edges = trim_edges(kept, doc.article.title)
    doc.article.removed.extend(edges)
