"""Features of the event models: tokens for the trigger tagger, (trigger, mention) pairs for arguments.

Word features are computed once per word type and cached (the same few
thousand words make most of the news); the lexicon's hits and the actor
mentions around a token are features, not rules, so the models learn how far
to trust each.
"""

from __future__ import annotations

from functools import lru_cache

from warta.annotate.events.modality import clause_after, clause_before
from warta.annotate.events.sentences import Cand, EvSentence
from warta.annotate.morphology import roots
from warta.annotate.ner import clusters, shape

PREFIXES = ("di", "me", "mem", "men", "meng", "meny", "ber", "ter", "pe", "pem", "pen", "peng", "per", "ke")
SUFFIXES = ("kan", "i", "an", "nya", "lah")
BETWEEN_MARKS = frozenset({
    "oleh", "kepada", "terhadap", "dengan", "dan", ",", "yang", "untuk", "agar", "supaya", "bahwa", "atas",
    "dari", "di", "ke", "pada", "bersama", "antara", "serta", "sebagai", '"', "“", "”", "kata", "ujar",
    "menurut", "meminta", "akan", "tidak", "juga", "telah", "sudah", "saat", "ketika", "setelah",
})
CLAUSE_BREAKS = frozenset({".", ";", ":", "?", "!"})


@lru_cache(maxsize=65536)
def word_features(word: str) -> tuple[str, ...]:
    """The features of one word type (cased as written), cached."""
    low = word.lower()
    table = clusters()
    cl = table.get(low, ("c0=-", "c1=-", "c2=-"))
    f = ["w=" + low, "sh=" + shape(word)[:4], "p3=" + low[:3], "s3=" + low[-3:], "p4=" + low[:4],
         "s4=" + low[-4:], *cl]
    if len(low) > 4:
        f += ["pre=" + p for p in PREFIXES if low.startswith(p)][-1:]
        f += ["suf=" + s for s in SUFFIXES if low.endswith(s)][:1]
    if word[:1].isupper():
        f.append("cap")
    f += ["r=" + r for r in roots(low)]
    return tuple(f)


def _inside(sent: EvSentence) -> list[str]:
    """Per token, the kind of actor mention it is part of ("" outside any)."""
    tags = [""] * len(sent.tokens)
    for c in sent.cands:
        for i in range(c.first, c.last + 1):
            tags[i] = c.kind
    return tags


@lru_cache(maxsize=65536)
def _neighbour(word: str) -> tuple[tuple[str, str], tuple[str, str], str, str]:
    """A word's features as the neighbour of another: (-1 pair, +1 pair, -2, +2), cached per word."""
    base = word_features(word)
    return ("-1" + base[0], "-1" + base[6]), ("+1" + base[0], "+1" + base[6]), "-2" + base[0], "+2" + base[0]


def trigger_features(sent: EvSentence) -> list[list[str]]:
    """CRF features for each token of the sentence (every word's part built once per word type)."""
    toks = sent.tokens
    n = len(toks)
    base = [word_features(t.text) for t in toks]
    near = [_neighbour(t.text) for t in toks]
    inside = _inside(sent)
    words = sent.words
    lex = ["lex=" + x for x in sent.lex]
    lex_before = ["-1" + x for x in lex]
    lex_after = ["+1" + x for x in lex]
    act = ["act=" + x for x in inside]
    out = []
    for i in range(n):
        f = ["b", *base[i], lex[i]]
        if inside[i]:
            f.append(act[i])
        if i:
            f += [*near[i - 1][0], lex_before[i - 1], f"-1:0={words[i - 1]}|{words[i]}", "-1" + act[i - 1]]
            if i > 1:
                f += [near[i - 2][2], "-2" + act[i - 2]]
        else:
            f.append("BOS")
        if i < n - 1:
            f += [*near[i + 1][1], lex_after[i + 1], f"0:+1={words[i]}|{words[i + 1]}", "+1" + act[i + 1]]
            if i < n - 2:
                f += [near[i + 2][3], "+2" + act[i + 2]]
        else:
            f.append("EOS")
        out.append(f)
    return out


def voice(sent: EvSentence, first: int, last: int) -> str:
    """How the trigger relates its arguments: the lexicon's voice, else read from its first word's prefix."""
    hit = sent.lex_modes.get(first)
    if hit:
        return hit[1]
    w = sent.words[first]
    if w.startswith("di") and len(w) > 5:
        return "passive"
    if w.startswith("ter") and len(w) > 6:
        return "passive"
    if w.startswith(("pe", "ke")) and w.endswith(("an", "annya")):
        return "noun"
    return "active"


def mode_features(sent: EvSentence, first: int, last: int, etype: str) -> list[str]:
    words = sent.words
    trig = " ".join(words[first:last + 1])
    hit = sent.lex_modes.get(first)
    f = ["t=" + etype, "tw=" + trig, "tw0=" + words[first], "lexmode=" + (hit[0] or "-" if hit else "?")]
    f += [f"{etype}|{x}" for x in ("tw=" + trig, "tw0=" + words[first], *word_features(sent.tokens[first].text)[:7])]
    for w in words[last + 1:last + 5]:
        f.append(f"{etype}|after={w}")
    for w in words[max(0, first - 3):first]:
        f.append(f"{etype}|before={w}")
    return f


def _bucket(n: int) -> str:
    return str(n) if n <= 3 else "4-5" if n <= 5 else "6-8" if n <= 8 else "9-12" if n <= 12 else "13+"


def pair_features(sent: EvSentence, first: int, last: int, etype: str, cand: Cand, home: str) -> list[str]:
    """Features of one (trigger, candidate mention) pair, for the source / target / neither decision."""
    words = sent.words
    before = cand.last < first
    side = "L" if before else "R" if cand.first > last else "IN"
    gap = words[cand.last + 1:first] if before else words[last + 1:cand.first]
    dist = _bucket(len(gap))
    v = voice(sent, first, last)
    others = sum(1 for c in sent.cands if c is not cand and
                 ((before and cand.last < c.first and c.last < first) or
                  (not before and last < c.first and c.last < cand.first)))
    actor = cand.actor
    sector = actor.sector or "-"
    country = "home" if actor.country == home else "other" if actor.country else "none"
    prev = words[cand.first - 1] if cand.first else "<s>"
    nxt = words[cand.last + 1] if cand.last + 1 < len(words) else "</s>"
    trig = words[first]
    marks = sorted({w for w in gap if w in BETWEEN_MARKS})
    breaks = any(w in CLAUSE_BREAKS for w in gap)
    f = [
        "bias", "side=" + side, "dist=" + side + dist, "voice=" + v + side, "type=" + etype + side,
        "kind=" + cand.kind + side, "sec=" + sector + side, "ctry=" + country + side,
        "tv=" + etype + v + side, "tk=" + etype + cand.kind + side, "ts=" + etype + sector + side,
        "vd=" + v + side + dist, "prev=" + prev + side, "next=" + nxt + side, "trig=" + trig + side,
        "others=" + side + str(min(others, 2)), "vo=" + v + side + str(min(others, 2)),
        "brk=" + str(breaks) + side, "tc=" + etype + country + side,
        "vp=" + v + side + prev, "vn=" + v + side + nxt,
    ]
    f += ["m=" + side + m for m in marks]
    f += ["vm=" + v + side + m for m in marks]
    if cand.first == 0 or (cand.first == 1 and words[0] in ('"', "“")):
        f.append("first_in_sentence" + side)
    if sent.speaker and actor.entity_id and sent.speaker.entity_id == actor.entity_id:
        f.append("is_speaker" + side)
    return f


def option_features(role: str, sent: EvSentence, first: int, last: int, etype: str, cand: Cand | None,
                    home: str) -> list[str]:
    """Features of one option for an event's `role` (SRC or TGT): a candidate mention, or None for
    "no mention in this sentence"."""
    if cand is None:
        v = voice(sent, first, last)
        n = str(min(len(sent.cands), 4))
        return [f"{role}:null", f"{role}:null:{etype}", f"{role}:null:{v}", f"{role}:null:{etype}{v}",
                f"{role}:null:trig={sent.words[first]}", f"{role}:null:n={n}", f"{role}:null:{etype}n={n}"]
    return [f"{role}:{f}" for f in pair_features(sent, first, last, etype, cand, home)]


def modality_features(sent: EvSentence, first: int, last: int, etype: str, rule: str, request_before: bool
                      ) -> list[str]:
    """Features for an event's modality: the cue rules' reading, the words of its clause, a request
    before it (what a REQUEST asks for is `requested`)."""
    words = sent.words
    before = clause_before(words, first)
    f = ["bias", "rule=" + rule, "t=" + etype, "tr=" + etype + rule, "req=" + str(request_before),
         "reqr=" + str(request_before) + rule]
    f += ["b=" + w for w in before[-6:]]
    f += [f"b{k}={w}" for k, w in enumerate(reversed(words[max(0, first - 3):first]), 1)]
    f += ["a=" + w for w in clause_after(words, last)[:4]]
    if words:
        f.append("s0=" + words[0])
    return f


def sector_features(sent: EvSentence, cand: Cand, role: str, etype: str, first: int) -> list[str]:
    """Features for the sector of an actor no table gives one: its words, the words before it, what it
    does in the event ("the one who arrests" is the police)."""
    words = sent.words
    f = ["bias", f"role={role}", f"rt={role}{etype}", f"kind={cand.kind}", f"rtw={role}{words[first]}"]
    f += ["w=" + w for w in words[cand.first:cand.last + 1][:4]]
    f += ["b=" + w for w in words[max(0, cand.first - 2):cand.first]]
    if cand.first:
        f.append("b1=" + words[cand.first - 1])
    return f


def candidates(sent: EvSentence, first: int, last: int) -> list[Cand]:
    """The sentence's mentions that may be the source or target of the trigger at [first, last]: all but
    those the trigger lies in."""
    return [c for c in sent.cands if not (c.first <= last and first <= c.last)]


def seen(role: str, sector: str | None) -> str:
    """An entry of the context implicit actors are read from: a source or target and its sector."""
    return f"{role}:{sector or '-'}"


def seen_actors(sent: EvSentence) -> list[str]:
    """The context entries of a sentence read: the sectors of its first three mentions that have one."""
    return [seen("act", c.actor.sector) for c in sent.cands if c.actor.sector][:3]


def implicit_features(sent: EvSentence, first: int, last: int, etype: str, mode: str | None,
                      recent: list[str], home: str) -> list[str]:
    """Features for the source of an event whose source no mention names: the trigger and what the
    article said before (sectors of the actors and sources seen lately)."""
    v = voice(sent, first, last)
    f = ["bias", "t=" + etype, "tm=" + f"{etype}/{mode}", "v=" + v, "tv=" + etype + v,
         "tw=" + sent.words[first], "home=" + ("IDN" if home == "IDN" else "other"),
         "spk=" + str(sent.speaker is not None)]
    f += ["recent=" + r for r in recent[-4:]]
    f += ["trecent=" + etype + r for r in recent[-2:]]
    return f
