"""NER corpora readers, conlleval-style scoring (entity level: exact span and type) and the
word clusters the tagger uses as features.

The three permissive sets use different label names; all map to PERSON, ORG,
LOC and EVENT (NERP's FNB, food and beverage, is dropped to O). NERP text is
lowercased; `--no-nerp` at training time measures what it adds.
"""

from __future__ import annotations

import gzip
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from warta.annotate.ner import TYPES, Tagger, spans_from_bio
from warta.eval.metrics import PRF

LABELS = {
    "PERSON": "PERSON", "PPL": "PERSON", "PER": "PERSON",
    "ORGANISATION": "ORG", "ORGANIZATION": "ORG", "IND": "ORG", "ORG": "ORG",
    "PLACE": "LOC", "PLC": "LOC", "LOC": "LOC", "LOCATION": "LOC", "GPE": "LOC",
    "EVT": "EVENT",
}

# name -> (folder, file, delimiter: "\t" or None for whitespace with the label last)
SPLITS = {
    "nergrit-train": ("indonlu/nergrit", "train.txt", "\t"),
    "nergrit-valid": ("indonlu/nergrit", "valid.txt", "\t"),
    "nergrit-test": ("indonlu/nergrit", "test.txt", "\t"),
    "nerp-train": ("indonlu/nerp", "train.txt", "\t"),
    "nerp-valid": ("indonlu/nerp", "valid.txt", "\t"),
    "nerp-test": ("indonlu/nerp", "test.txt", "\t"),
    "idner-train": ("idner-news-2k", "train.txt", None),
    "idner-dev": ("idner-news-2k", "dev.txt", None),
}
DOMAINS = {"nergrit": "grit", "nerp": "nerp", "idner": "news"}  # corpus -> feature domain
TRAIN_SPLITS = ("nergrit-train", "nergrit-valid", "nerp-train", "nerp-valid", "idner-train")
EVAL_SPLITS = ("nergrit-test", "nerp-test", "idner-dev")

Sentence = tuple[list[str], list[str]]


def domain_of(split: str) -> str:
    """The feature domain of a split ("nergrit-test" -> "grit"); see `ner.featurize`."""
    return DOMAINS[split.split("-")[0]]


def map_label(label: str) -> str:
    kind, _, typ = label.partition("-")
    if kind not in ("B", "I") or typ not in LABELS:
        return "O"
    return f"{kind}-{LABELS[typ]}"


def read_split(data: Path, name: str) -> list[Sentence]:
    """One split as (words, mapped BIO labels) sentences."""
    folder, fname, delim = SPLITS[name]
    path = data / folder / fname
    if not path.exists() and path.with_suffix(path.suffix + ".gz").exists():
        path = path.with_suffix(path.suffix + ".gz")
    raw = gzip.decompress(path.read_bytes()) if path.suffix == ".gz" else path.read_bytes()
    return list(_sentences(raw.decode("utf-8"), delim))


def _sentences(text: str, delim: str | None) -> Iterator[Sentence]:
    words: list[str] = []
    labels: list[str] = []
    for line in text.splitlines():
        line = line.rstrip("\r")
        if not line.strip():
            if words:
                yield words, labels
            words, labels = [], []
            continue
        parts = line.split("\t") if delim else line.split()
        if len(parts) < 2:
            continue
        words.append(parts[0].strip() or "_")
        labels.append(map_label(parts[-1].strip()))
    if words:
        yield words, labels


@dataclass
class SplitScore:
    name: str
    per_type: dict[str, PRF] = field(default_factory=dict)
    overall: PRF = field(default_factory=PRF)
    tokens: int = 0
    seconds: float = 0.0


def score_split(tagger: Tagger, name: str, sentences: list[Sentence], domain: str | None = None) -> SplitScore:
    """Exact-span, exact-type entity scores (conlleval) plus tagging speed (features included)."""
    score = SplitScore(name, {t: PRF() for t in TYPES})
    tagger.tag(["Pemanasan", "di", "Jakarta", "."], domain)  # load clusters and KB outside the timing
    t0 = time.perf_counter()
    predicted = [tagger.tag(words, domain) for words, _ in sentences]
    score.seconds = time.perf_counter() - t0
    for (words, gold), pred in zip(sentences, predicted, strict=True):
        score.tokens += len(words)
        g, p = set(spans_from_bio(gold)), set(spans_from_bio(pred))
        for typ in TYPES:
            gt = {s for s in g if s[2] == typ}
            pt = {s for s in p if s[2] == typ}
            score.per_type[typ].add(PRF(tp=len(gt & pt), fp=len(pt - gt), fn=len(gt - pt)))
    for prf in score.per_type.values():
        score.overall.add(prf)
    return score


def format_table(scores: list[SplitScore]) -> str:
    """One plain-text table: P/R/F1 per type and overall per split, with tokens/second."""
    head = f"{'split':<13} {'type':<7} {'P':>6} {'R':>6} {'F1':>6} {'gold':>6} {'tok/s':>8}"
    lines = [head, "-" * len(head)]
    for s in scores:
        speed = f"{s.tokens / s.seconds:,.0f}" if s.seconds else "-"
        rows = [(t, p) for t, p in s.per_type.items() if p.tp + p.fn > 0] + [("ALL", s.overall)]
        for typ, p in rows:
            lines.append(f"{s.name:<13} {typ:<7} {p.precision:6.3f} {p.recall:6.3f} {p.f1:6.3f} "
                         f"{int(p.tp + p.fn):6d} {speed if typ == 'ALL' else '':>8}")
    return "\n".join(lines)


# --- word clusters (features for the tagger) ---------------------------------------------

CLUSTER_SIZES = (64, 256, 1024)


def unlabeled_sentences(data: Path) -> list[list[str]]:
    """Lowercased tokenised text for the clusters, only from sets a shipped model may be built on:
    pos-nlp-id (MIT), UD Indonesian-CSUI train (CC BY-SA 4.0) and the NER train/valid splits;
    never a test split."""
    pos = data / "pos-nlp-id" / "dataset_postag.txt.gz"
    sents = [words for words, _ in _sentences(gzip.decompress(pos.read_bytes()).decode("utf-8"), "\t")]
    sents += conllu_words(data / "ud-indonesian-csui" / "id_csui-ud-train.conllu")
    sents += [words for name in TRAIN_SPLITS for words, _ in read_split(data, name)]
    return [[w.lower() for w in s] for s in sents]


def conllu_words(path: Path) -> list[list[str]]:
    """The word forms of each sentence of a CoNLL-U file."""
    return _conllu_sentences(path.read_text(encoding="utf-8"))


def _conllu_sentences(text: str) -> list[list[str]]:
    sents: list[list[str]] = [[]]
    for line in text.splitlines():
        cols = line.split("\t")
        if not line.strip():
            sents.append([])
        elif len(cols) > 1 and cols[0].isdigit():  # "2-3" multiword ranges and "4.1" empty nodes skipped
            sents[-1].append(cols[1])
    return [s for s in sents if s]


def build_clusters(sentences: list[list[str]], out: Path, min_count: int = 3, contexts: int = 3000) -> int:
    """Cluster words by their neighbours (PPMI over +-2 positions, SVD to 100 dims, k-means at
    64/256/1024) and write `word<TAB>c64<TAB>c256<TAB>c1024` lines. Needs numpy, scipy and
    scikit-learn (training only). Returns the vocabulary size."""
    import numpy as np
    from scipy import sparse
    from sklearn.cluster import MiniBatchKMeans
    from sklearn.decomposition import TruncatedSVD

    counts = Counter(w for s in sentences for w in s)
    vocab = [w for w, c in counts.most_common() if c >= min_count]
    index = {w: i for i, w in enumerate(vocab)}
    ctx = {w: i for i, (w, _) in enumerate(counts.most_common(contexts))}
    rows: list[int] = []
    cols: list[int] = []
    for sent in sentences:
        padded = ["<s>", *sent, "</s>"]
        for i in range(1, len(padded) - 1):
            wi = index.get(padded[i])
            if wi is None:
                continue
            for slot, off in enumerate((-1, 1, -2, 2)):
                j = i + off
                ci = ctx.get(padded[j]) if 0 <= j < len(padded) else None
                if ci is not None:
                    rows.append(wi)
                    cols.append(slot * contexts + ci)
    shape = (len(vocab), 4 * contexts)
    m = sparse.coo_matrix((np.ones(len(rows), dtype=np.float32), (rows, cols)), shape=shape).tocsr().tocoo()
    total = m.sum()
    row_sum = np.asarray(m.sum(1)).ravel()
    col_sum = np.asarray(m.sum(0)).ravel() ** 0.75
    col_sum = col_sum / col_sum.sum() * total
    pmi = np.log(m.data * total / (row_sum[m.row] * col_sum[m.col]))
    keep = pmi > 0
    ppmi = sparse.csr_matrix((pmi[keep], (m.row[keep], m.col[keep])), shape=shape)
    vectors = TruncatedSVD(100, random_state=0).fit_transform(ppmi)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True) + 1e-9
    labels = [MiniBatchKMeans(k, random_state=0, n_init=3, batch_size=4096).fit_predict(vectors)
              for k in CLUSTER_SIZES]
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as fh:
        for i, word in enumerate(vocab):
            fh.write(word + "\t" + "\t".join(str(lab[i]) for lab in labels) + "\n")
    return len(vocab)
