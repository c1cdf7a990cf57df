"""Who held an office on a day: "Presiden" in a 2017 article is Joko Widodo.

Indonesian news names the head of state, the vice-president, the national police chief
and the armed forces commander by office alone once the reader knows who they are
("kata Presiden", "Kapolri meminta ..."). The article's own words come first: a person
it names with that office is the holder. Failing that, this table, for the article's
date. The table ships in `resources/kb/offices.tsv` (office, knowledge-base id, first
day, last day or empty while in office), from the public record of each appointment.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from warta.annotate import kb
from warta.model import Article


@lru_cache(maxsize=1)
def _table() -> dict[str, list[tuple[str, str, str]]]:
    text = (resources.files("warta") / "resources" / "kb" / "offices.tsv").read_text(encoding="utf-8")
    out: dict[str, list[tuple[str, str, str]]] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        office, eid, first, last = (line.split("\t") + [""])[:4]
        out.setdefault(office.strip().lower(), []).append((first.strip(), last.strip() or "9999-12-31", eid.strip()))
    return out


OFFICES = frozenset(_table())  # the offices the table knows, lower-cased ("presiden", "kapolri")
ALIASES = {"wapres": "wakil presiden"}


def office_key(text: str) -> str | None:
    """The table's name for an office written out ("Presiden RI", "Wapres"), or None."""
    low = " ".join(text.lower().replace(".", " ").split())
    for suffix in (" ri", " republik indonesia", " indonesia"):
        low = low.removesuffix(suffix)
    low = ALIASES.get(low, low)
    return low if low in OFFICES else None


def holder(office: str, day: str | None) -> kb.KBEntry | None:
    """The knowledge-base person who held `office` (an Indonesian office, as `office_key` names it) on
    `day` (ISO date); None without a date, or for a day the table does not cover."""
    if not day:
        return None
    for first, last, eid in _table().get(office, ()):
        if first <= day[:10] <= last:
            return kb.get(eid)
    return None


def office_holder(text: str, article: Article, indonesia: bool = True) -> tuple[str, str, str | None] | None:
    """(id, name, sector) of who `text` ("Presiden", "Wapres") names in `article`: the one person the
    article names with that office, else, in news about Indonesia (`indonesia`) and when no person
    is named with it, the holder on the article's date; None when `text` is no office or no one is known."""
    key = office_key(text)
    if key is None:
        return None
    named = {e.id: e for e in article.entities if e.type == "PERSON" and any(office_key(r) == key for r in e.roles)}
    if len(named) == 1:
        (ent,) = named.values()
        return ent.id, ent.name, ent.sector
    entry = holder(key, article.published) if indonesia and not named else None
    return (entry.id, entry.name, entry.sector) if entry else None
