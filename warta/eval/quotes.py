"""Score the quotes stage on PFSA-ID (Kompas articles, BILOU tags).

PFSA-ID is tokenised, one sentence per block, with no document boundaries:
each article has exactly one ISSUE span (its lead), so an ISSUE starts a new
article. Tokens are detokenised into text (quotation marks paired by parity,
as in print), the dates, entities and quotes stages run on that text, and
predicted spans map back to tokens.

PFSA-ID annotates direct quotations with a cue as STATEMENT, so direct
quotations are scored against it; reported speech is counted but not scored.
- statement exact: same tokens, ignoring punctuation and quotation marks at
  either edge; overlap: any shared token, matched one-to-one.
- cue: the cue word (CUE or CUECOREF) of each predicted direct quotation.
- speaker accuracy, over gold statements matched by overlap: correct when the
  predicted speaker name shares a word with the gold speaker; "by name or alias"
  also counts a speaker the gold names by another of its names (its other
  mentions in the article, its knowledge-base aliases: "Jokowi", "Risma"). The gold speaker
  is the PERSON or PERSONCOREF span after the statement's cue in the same
  sentence, plus, when that is a coreference (PERSONCOREF, or a CUECOREF such
  as "katanya" with no name), the latest PERSON span before the statement.
Predicted quotations that match no gold span are counted with and without a
speech cue: PFSA-ID leaves many cued quotations unannotated (often of
ordinary citizens), so most of these are gold gaps rather than errors.
The data is licensed non-commercial: it is read from the data folder at
evaluation time and nothing from it ships.
"""

from __future__ import annotations

import gzip
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from warta.annotate.quotes import Candidate, extract, to_quotes
from warta.eval.metrics import PRF
from warta.model import Article, Quote, RawDoc

FILES = ("pfsa-id/dev-40.txt.gz", "pfsa-id-med/dev-dl-20-v2.txt.gz")
NO_SPACE_BEFORE = frozenset(",.;:?!)]%")
NO_SPACE_AFTER = frozenset("([")
JOINERS = frozenset("/-")
QUOTE_TOKENS = frozenset({"”", "“", '"'})
EDGE_PUNCT = frozenset(",.;:!?”“\"’‘'")
NAME_SKIP = frozenset({"dan", "di", "dari", "yang", "bin"})


@dataclass
class Doc:
    """One article: detokenised text, token char spans, labels, sentence spans."""

    text: str = ""
    spans: list[tuple[int, int]] = field(default_factory=list)
    tokens: list[str] = field(default_factory=list)
    labels: list[str] = field(default_factory=list)
    sentences: list[tuple[int, int]] = field(default_factory=list)  # token index ranges


def read_sentences(path: Path) -> Iterator[list[tuple[str, str]]]:
    block: list[tuple[str, str]] = []
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line:
                if block:
                    yield block
                block = []
                continue
            token, _, label = line.partition("\t")
            block.append((token, label or "O"))
    if block:
        yield block


def read_articles(path: Path) -> Iterator[list[list[tuple[str, str]]]]:
    """Sentences grouped into articles: a sentence opening an ISSUE span starts one."""
    article: list[list[tuple[str, str]]] = []
    for sent in read_sentences(path):
        if article and any(label in ("B-ISSUE", "U-ISSUE") for _, label in sent):
            yield article
            article = []
        article.append(sent)
    if article:
        yield article


def detokenise(article: list[list[tuple[str, str]]]) -> Doc:
    doc, parts, pos, open_quote, glue = Doc(), [], 0, False, True
    for sent in article:
        first = len(doc.tokens)
        for token, label in sent:
            opening = token == "“" or (token in QUOTE_TOKENS and not open_quote)
            closing = token in QUOTE_TOKENS and not opening
            if token in QUOTE_TOKENS:
                open_quote = opening
            space = not (glue or closing or token in NO_SPACE_BEFORE or token in JOINERS)
            if space:
                parts.append(" ")
                pos += 1
            doc.spans.append((pos, pos + len(token)))
            doc.tokens.append(token)
            doc.labels.append(label)
            parts.append(token)
            pos += len(token)
            glue = opening or token in NO_SPACE_AFTER or token in JOINERS
        doc.sentences.append((first, len(doc.tokens)))
    doc.text = "".join(parts)
    return doc


def gold_spans(labels: list[str], kinds: tuple[str, ...]) -> list[tuple[int, int, str]]:
    """(first token, last token + 1, kind) of every BILOU span of the given kinds."""
    out, start = [], None
    for i, label in enumerate(labels):
        prefix, _, kind = label.partition("-")
        if kind not in kinds:
            start = None
            continue
        if prefix in ("B", "U"):
            start = i
        if prefix in ("L", "U") and start is not None:
            out.append((start, i + 1, kind))
            start = None
    return out


def to_tokens(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    idx = [i for i, (s, e) in enumerate(doc.spans) if s < end and e > start]
    return (idx[0], idx[-1] + 1) if idx else None


def trim(doc: Doc, span: tuple[int, int]) -> tuple[int, int]:
    a, b = span
    while a < b and doc.tokens[a] in EDGE_PUNCT:
        a += 1
    while b > a and doc.tokens[b - 1] in EDGE_PUNCT:
        b -= 1
    return a, b


def run_article(doc: Doc, entities: bool = True) -> tuple[Article, list[Candidate]]:
    """The stages the quotes stage reads (dates, entities) and quotes, over one article."""
    from warta.annotate.dates import find_dates
    from warta.annotate.entities import link_entities
    from warta.doc import Doc, tokenize_sentences

    # the gold's own sentences, not the segmentation stage's: this scores quotes, not sentence splitting
    built = Doc(RawDoc(doc.text, kind="text"))
    built.article = Article(id="", body=doc.text, language="id")
    built.paragraphs = [(0, len(doc.text))]
    built.sentences = [(doc.spans[a][0], doc.spans[b - 1][1]) for a, b in doc.sentences if b > a]
    built.tokens, built.sentence_tokens = tokenize_sentences(doc.text, built.sentences)
    find_dates(built)
    if entities:
        link_entities(built)
    art = built.article
    found = extract(art.body, built.paragraphs, built.sentences, art.entities, art.dates)
    art.quotes = to_quotes(art, found)
    return art, found


@dataclass
class Scores:
    exact: PRF = field(default_factory=PRF)
    overlap: PRF = field(default_factory=PRF)
    cue: PRF = field(default_factory=PRF)
    speaker_right: int = 0
    speaker_alias: int = 0  # right once the speaker's other names count too ("Jokowi", or "Presiden" for its holder)
    speaker_total: int = 0
    reported: int = 0
    articles: int = 0
    extra_cued: int = 0  # predicted direct quotations matching no gold span that still carry a speech cue


def _words(text: str) -> set[str]:
    return {w.strip(".,").lower() for w in text.split() if len(w.strip(".,")) > 1} - NAME_SKIP


def gold_speaker(doc: Doc, statement: tuple[int, int]) -> set[str]:
    """Words of the gold speaker of a statement (see the module docstring)."""
    sent_end = next((b for a, b in doc.sentences if a <= statement[1] - 1 < b), len(doc.tokens))
    names = gold_spans(doc.labels, ("PERSON", "PERSONCOREF"))
    after = [n for n in names if statement[1] <= n[0] < sent_end]
    words: set[str] = set()
    coref = True
    if after:
        a, b, kind = after[0]
        words |= _words(" ".join(doc.tokens[a:b]))
        coref = kind == "PERSONCOREF"
    if coref:
        before = [n for n in names if n[2] == "PERSON" and n[1] <= statement[0]]
        if before:
            a, b, _ = before[-1]
            words |= _words(" ".join(doc.tokens[a:b]))
    return words


def _names_of(art: Article, entity_id: str | None) -> list[str]:
    """Every name the speaker goes by: its mentions in the article and its knowledge-base aliases."""
    from warta.annotate import kb

    if not entity_id:
        return []
    names = [m.text for e in art.entities if e.id == entity_id for m in e.mentions]
    entry = kb.get(entity_id)
    return names + (list(entry.aliases) + [entry.name] if entry else [])


def score_article(doc: Doc, art: Article, found: list[Candidate], scores: Scores) -> None:
    gold = [trim(doc, (a, b)) for a, b, _ in gold_spans(doc.labels, ("STATEMENT",))]
    direct = [q for q in art.quotes if q.kind == "direct"]
    scores.reported += len(art.quotes) - len(direct)
    predicted = []
    for q in direct:
        span = to_tokens(doc, q.start, q.end)
        if span:
            predicted.append((trim(doc, span), q))
    exact = {p for p, _ in predicted} & set(gold)
    scores.exact.add(PRF(len(exact), len(predicted) - len(exact), len(gold) - len(exact)))
    matched = _match_overlap(gold, predicted)
    scores.overlap.add(PRF(len(matched), len(predicted) - len(matched), len(gold) - len(matched)))
    hit = {id(q) for _, q in matched}
    scores.extra_cued += sum(1 for _, q in predicted if id(q) not in hit and q.verb)
    for g, q in matched:
        scores.speaker_total += 1
        gold_words = gold_speaker(doc, g)
        if _words(q.speaker.name or "") & gold_words:
            scores.speaker_right += 1
            scores.speaker_alias += 1
        elif _words(" ".join([*_names_of(art, q.speaker.entity_id), q.speaker.role or ""])) & gold_words:
            scores.speaker_alias += 1  # another name of the same person, or the office it was named by
    _score_cues(doc, found, scores)


def _match_overlap(gold: list[tuple[int, int]], predicted: list[tuple[tuple[int, int], Quote]]) -> list[tuple[tuple[int, int], Quote]]:
    used: set[int] = set()
    matched = []
    for g in gold:
        for i, (p, q) in enumerate(predicted):
            if i not in used and p[0] < g[1] and g[0] < p[1]:
                used.add(i)
                matched.append((g, q))
                break
    return matched


def _score_cues(doc: Doc, found: list[Candidate], scores: Scores) -> None:
    gold = {(a, b) for a, b, _ in gold_spans(doc.labels, ("CUE", "CUECOREF"))}
    cues = set()
    for c in found:
        if c.kind == "direct" and c.cue:
            span = to_tokens(doc, *c.cue)
            if span:
                cues.add(span)
    tp = len(cues & gold)
    scores.cue.add(PRF(tp, len(cues) - tp, len(gold) - tp))


def evaluate(data: Path, files: tuple[str, ...] = FILES, entities: bool = True, limit: int = 0) -> dict[str, Scores]:
    """Scores per corpus file."""
    out = {}
    for name in files:
        scores = Scores()
        for article in read_articles(data / name):
            doc = detokenise(article)
            score_article(doc, *run_article(doc, entities), scores)
            scores.articles += 1
            if limit and scores.articles >= limit:
                break
        out[name] = scores
    return out


def table(results: dict[str, Scores]) -> str:
    lines = [f"{'corpus':<34} {'measure':<18} {'P':>6} {'R':>6} {'F1':>6}"]
    for name, s in results.items():
        for label, prf in (("statement exact", s.exact), ("statement overlap", s.overlap), ("cue", s.cue)):
            lines.append(f"{name:<34} {label:<18} {prf.precision:>6.3f} {prf.recall:>6.3f} {prf.f1:>6.3f}")
        acc = s.speaker_right / s.speaker_total if s.speaker_total else 0.0
        lines.append(f"{name:<34} {'speaker accuracy':<18} {acc:>20.3f}  ({s.speaker_right}/{s.speaker_total})")
        alias = s.speaker_alias / s.speaker_total if s.speaker_total else 0.0
        lines.append(f"{name:<34} {'  by name or alias':<18} {alias:>20.3f}  ({s.speaker_alias}/{s.speaker_total})")
        lines.append(f"{name:<34} articles {s.articles}, reported-speech statements found (not scored) {s.reported}")
        lines.append(
            f"{name:<34} predicted quotations not in gold {s.overlap.fp:.0f}, of which with a speech cue {s.extra_cued}"
        )
    return "\n".join(lines)
