"""The `body` and `segment` stages: the clean body, then paragraph, sentence and token spans over it.

Sentence ends respect Indonesian abbreviations (dr., Prof., H., No., Jl., dll.)
and initials ("Putra M. Akbar"); numbers (4.000, 5/9/2023, 10.30) never contain
a boundary because a boundary needs whitespace or an opening quote after it.
A quotation opened right after a full stop ("nuklir.’’Kim juga ...") starts a
new sentence.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from warta.doc import tokenize_sentences
from warta.lang.id import abbreviations
from warta.model import article_id

if TYPE_CHECKING:
    from warta.doc import Doc

ABBREVIATIONS = abbreviations.ABBREVIATIONS
_NEXT = r"\s+[\"'‘’“«(\[]*[A-Z0-9]"
# closing quotes stay with the sentence they close; an opening quote glued to the stop starts the next one
# a run of stops is taken whole from its first character (possessive, after no other stop), so a
# line of a million dots is one linear pass and not a backtracking search from every dot
_BOUNDARY = re.compile(rf"(?<![.!?…])[.!?…]++(?:[\"'’”»)\]]+(?={_NEXT})|(?={_NEXT})|(?=[‘’“\"]{{1,2}}[A-Z]))")
_PARA_END = re.compile(r"[.!?…:\"”’'»)]$")
_LAST_WORD = re.compile(r"([\w.]+)\.*$")


def build_body(doc: Doc) -> None:
    """Join what is left of the lines into paragraphs separated by one blank line.

    A blank line always ends a paragraph; so does a line that ends a sentence
    (crawls often put one paragraph per line). A line that stops mid-sentence
    was hard-wrapped and is joined to the next.
    """
    paras: list[str] = []
    cur: list[str] = []
    for line in [*doc.lines, ""]:
        s = " ".join(line.split())
        if s:
            cur.append(s)
        if cur and (not s or _PARA_END.search(s)):
            paras.append(" ".join(cur))
            cur = []
    doc.article.body = "\n\n".join(paras)
    raw = doc.raw
    doc.article.id = article_id(doc.article.body, raw.url or (raw.source if raw.source != "<memory>" else None))
    doc.lines = []


def _is_abbreviation(text: str, end: int) -> bool:
    # only the last few characters can hold the word: searching from the start made long lines quadratic
    m = _LAST_WORD.search(text, max(0, end - 32), end)
    if not m:
        return False
    word = m.group(1).lower().rstrip(".")
    return word in ABBREVIATIONS or (len(word) == 1 and word.isalpha()) or "." in word and len(word) <= 6


MAX_SENTENCE = 1_500  # characters; longer runs are cut at a space (no real sentence is this long)


def _cut_long(text: str, s: int, e: int) -> list[tuple[int, int]]:
    out = []
    while e - s > MAX_SENTENCE:
        cut = text.rfind(" ", s + MAX_SENTENCE // 2, s + MAX_SENTENCE)
        cut = cut if cut > s else s + MAX_SENTENCE
        out.append((s, cut))
        s = cut
        while s < e and text[s].isspace():
            s += 1
    out.append((s, e))
    return out


def split_sentences(text: str, offset: int = 0) -> list[tuple[int, int]]:
    """Sentence spans of one paragraph, shifted by `offset`. A span longer than MAX_SENTENCE is cut
    at a space, so every stage that works per sentence has a bounded unit of work."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        if m.group().startswith(".") and _is_abbreviation(text, m.start()):
            continue
        spans.append((start, m.end()))
        start = m.end()
    spans.append((start, len(text)))
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out += [(a + offset, b + offset) for a, b in _cut_long(text, s, e)]
    return out


def paragraph_spans(body: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph of a body whose paragraphs are split by one blank line."""
    out, pos = [], 0
    for para in body.split("\n\n"):
        out.append((pos, pos + len(para)))
        pos += len(para) + 2
    return out


def sentence_spans(body: str) -> list[tuple[int, int]]:
    """Every sentence of the body, paragraph by paragraph."""
    return [s for lo, hi in paragraph_spans(body) for s in split_sentences(body[lo:hi], lo)]


def segment(doc: Doc) -> None:
    """Paragraphs, sentences and the body's tokens, sentence by sentence (a token never crosses a
    sentence), computed here once for every stage after."""
    body = doc.article.body
    doc.paragraphs = paragraph_spans(body)
    doc.sentences = [s for lo, hi in doc.paragraphs for s in split_sentences(body[lo:hi], lo)]
    doc.tokens, doc.sentence_tokens = tokenize_sentences(body, doc.sentences)
