"""Draw the paragraphs of the date-expression gold set: IndoSum and the portal HTML pages.

Paragraphs with at least one date cue (a weekday, a month, "kemarin", "pekan
depan", "awal", "malam", a day/month number ...) are drawn, half of them from
those where a relative cue or a bare weekday sits in a quote or follows a dated
sentence (where the reference time is most often not the publication date).
The split is test for the event corpus's test articles (else the same MD5 rule), dev otherwise.
Output: ``corpus/dates/batches/d01..d03.jsonl``, and ``d04.jsonl`` of paragraphs with a
dated statement or a date in apposition (see `quoted_batch`).

    python scripts/sample_date_gold.py ../shared/data
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus_files import known_splits, paragraphs, write_jsonl  # noqa: E402

WEEKDAY = r"Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu"
CUE = re.compile(rf"\b({WEEKDAY}|kemarin|besok|esok|lusa|hari ini|tadi|malam|pagi|siang|sore|pekan|minggu (?:ini|lalu|depan)|"
                 r"bulan (?:ini|lalu|depan)|tahun (?:ini|lalu|depan)|awal|akhir|pertengahan|Januari|Februari|Maret|"
                 r"April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember)\b|\(\d{1,2}/\d{1,2}")
RELATIVE = re.compile(rf"\b(kemarin|besok|hari ini|tadi malam|pekan (?:ini|lalu|depan)|minggu (?:ini|lalu|depan)|"
                      rf"(?:{WEEKDAY})(?! \())", re.I)
PER_BATCH = 90
BATCHES = 3


def split_of(article_id: str, known: dict[str, str]) -> str:
    """test for the event corpus's test articles (else the same MD5 rule), dev for everything else: the
    dates stage has no training split."""
    if article_id in known:
        return "test" if known[article_id] == "test" else "dev"
    h = int(hashlib.md5(article_id.encode()).hexdigest(), 16) % 20
    return "test" if h < 4 else "dev"


def main(data: str) -> None:
    rng = random.Random(20261205)
    known = known_splits()
    strong, plain = [], []
    for r, paras, published in paragraphs(data):
        for i, text in enumerate(paras):
            if not CUE.search(text) or len(text) > 1500:
                continue
            row = {"id": f"indosum:{r['id']}#p{i}", "split": split_of(r["id"], known), "url": r.get("source_url"),
                   "published": published, "before": paras[i - 1] if i else "", "text": text}
            rel = RELATIVE.search(text)
            (strong if rel and ('"' in text or i > 0) else plain).append(row)
    rng.shuffle(strong)
    rng.shuffle(plain)
    rows = strong[:135] + plain[:95]
    from warta.doc import Options
    from warta.eval.clean import portal_pages
    from warta.pipeline import process

    for _exp, raw in portal_pages(Path(data)):
        name = raw.source.removesuffix(".html.gz")
        art = process(raw, Options(skip=("entities", "quotes", "events")))
        paras = art.body.split("\n\n")
        published = (art.published or "")[:10]
        picked = [i for i, p in enumerate(paras) if CUE.search(p)][:2]
        for i in picked:
            rows.append({"id": f"portal:{name}#p{i}", "split": split_of(name, {}), "url": art.url,
                         "published": published, "before": paras[i - 1] if i else "", "text": paras[i]})
    rng.shuffle(rows)
    out = Path("corpus/dates/batches")
    out.mkdir(parents=True, exist_ok=True)
    for n in range(BATCHES):
        part = rows[n::BATCHES]
        write_jsonl(out / f"d{n + 1:02d}.jsonl", part)
    print(f"{len(rows)} paragraphs in {BATCHES} batches")
    quoted_batch(data)
    continued_batch(data)
    relative_in_statement_batch(data)


def quoted_batch(data: str, out_name: str = "d04", n: int = 90) -> None:
    """A batch of paragraphs where a relative expression sits in a statement the reporter dates
    ("..., kata X, Jumat (17/10)") or next to a date in apposition: most of the gold's expressions
    with a reference time other than the publication day come from here."""
    rng = random.Random(20261206)
    known = known_splits()
    used = {json.loads(line)["id"] for f in Path("corpus/dates/batches").glob("d0[1-3].jsonl") for line in open(f)}
    attributed = re.compile(rf"\b(?:kata|ujar|ucap|tutur|jelas|ungkap|tegas|terang|papar|sebut|imbuh|tambah)\w*\b"
                            rf"[^.!?]{{0,120}},\s*(?:{WEEKDAY})\b", re.I)
    apposed = re.compile(rf"\b(?:hari|siang|sore|malam|pagi)\s+ini\s*,?\s*(?:{WEEKDAY})\s*\(", re.I)
    rows = []
    for r, paras, published in paragraphs(data):
        for i, text in enumerate(paras):
            row_id = f"indosum:{r['id']}#p{i}"
            if row_id in used or len(text) > 1500:
                continue
            if (attributed.search(text) and RELATIVE.search(text[:attributed.search(text).start()])) \
                    or apposed.search(text):
                rows.append({"id": row_id, "split": split_of(r["id"], known), "url": r.get("source_url"),
                             "published": published, "before": paras[i - 1] if i else "", "text": text})
    rng.shuffle(rows)
    write_jsonl(Path("corpus/dates/batches") / f"{out_name}.jsonl", rows[:n])
    print(f"{min(n, len(rows))} of {len(rows)} quoted or apposed paragraphs -> {out_name}")



def continued_batch(data: str, names: tuple[str, str] = ("d05", "d06"), n: int = 110) -> None:
    """More dated statements: a paragraph whose statement the reporter dates and that holds a relative
    expression anywhere, or a paragraph that goes on right after one (the same speaker, the same day)."""
    rng = random.Random(20261207)
    known = known_splits()
    used = {json.loads(line)["id"] for f in Path("corpus/dates/batches").glob("d0[1-4].jsonl") for line in open(f)}
    dated = re.compile(rf"\b(?:kata|ujar|ucap|tutur|jelas|ungkap|tegas|terang|papar|sebut|imbuh|tambah|tulis)\w*\b"
                       rf"[^!?]{{0,160}}?,\s*(?:{WEEKDAY})\b", re.I)
    rows = []
    for r, paras, published in paragraphs(data):
        for i, text in enumerate(paras):
            row_id = f"indosum:{r['id']}#p{i}"
            if row_id in used or len(text) > 1500 or not RELATIVE.search(text):
                continue
            if dated.search(text) or (i and dated.search(paras[i - 1])):
                rows.append({"id": row_id, "split": split_of(r["id"], known), "url": r.get("source_url"),
                             "published": published, "before": paras[i - 1] if i else "", "text": text})
    rng.shuffle(rows)
    for k, name in enumerate(names):
        write_jsonl(Path("corpus/dates/batches") / f"{name}.jsonl", rows[:n][k::len(names)])
    print(f"{min(n, len(rows))} of {len(rows)} dated-statement paragraphs -> {', '.join(names)}")


def relative_in_statement_batch(data: str, out_name: str = "d07") -> None:
    """The rest of IndoSum's dated statements that hold a relative word ("kemarin", "pekan ini", "hari
    ini" ...) anywhere in the paragraph: every one not drawn yet."""
    known = known_splits()
    used = {json.loads(line)["id"] for f in Path("corpus/dates/batches").glob("d0[1-6].jsonl") for line in open(f)}
    rows = []
    rel = re.compile(r"\b(kemarin|besok|esok|lusa|hari ini|tadi|(?:pagi|siang|sore|malam) ini|pekan (?:ini|lalu|depan)|"
                     r"minggu (?:ini|depan)|bulan (?:ini|lalu|depan)|tahun (?:ini|lalu|depan))\b", re.I)
    dated = re.compile(rf"\b(?:kata|ujar|ucap|tutur|jelas|ungkap|tegas|terang|papar|sebut|imbuh|tambah|tulis)\w*\b"
                       rf"[^!?]{{0,160}}?,\s*(?:{WEEKDAY})\b", re.I)
    for r, paras, published in paragraphs(data):
        for i, text in enumerate(paras):
            row_id = f"indosum:{r['id']}#p{i}"
            if row_id not in used and len(text) <= 1500 and dated.search(text) and rel.search(text):
                rows.append({"id": row_id, "split": split_of(r["id"], known), "url": r.get("source_url"),
                             "published": published, "before": paras[i - 1] if i else "", "text": text})
    write_jsonl(Path("corpus/dates/batches") / f"{out_name}.jsonl", rows)
    print(f"{len(rows)} paragraphs -> {out_name}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/data")
