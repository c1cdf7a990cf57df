"""The `dateline` stage: "REPUBLIKA.CO.ID, WASHINGTON –" and its kin, out of the first paragraph.

The forms Indonesian portals use:

    REPUBLIKA.CO.ID, WASHINGTON – ...     outlet, PLACE –
    JAKARTA, KOMPAS.com – ...             PLACE, outlet –
    Jakarta (ANTARA) - ...                Place (AGENCY) -
    Mataram, NTB (ANTARA News) - ...      Place, Province (AGENCY) -
    Liputan6.com, Jakarta - ...           outlet, Place -
    TEMPO.CO, Jakarta - ...               outlet, Place -
    Jakarta - ...                         Place - (Detik; needs the outlet from elsewhere)
    KOMPAS.com - ...                      outlet -
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING
from urllib.parse import urlparse

from warta.lang.id import outlets
from warta.model import Dateline

if TYPE_CHECKING:
    from warta.doc import Doc

_DASH = r"\s*(?:[–—-]\s?){1,2}\s*"
# a domain, or an outlet's dateline name as written (with any suffix: "KompasTV") or in capitals
_SITE = (r"(?:[A-Za-z0-9][A-Za-z0-9-]*(?:\.[A-Za-z]{2,4}){1,3}|"
         + "|".join(sorted({*(rf"{re.escape(n)}\w*" for n in outlets.DATELINE_NAMES),
                            *(re.escape(n.upper()) for n in outlets.DATELINE_NAMES)}, key=lambda n: (-len(n), n)))
         + ")")
_PLACE = r"[A-Z][A-Za-z'’.]*(?:[ -][A-Z][A-Za-z'’.]*){0,3}"
_PLACE_CAPS = r"[A-Z][A-Z'’.]+(?:[ -][A-Z][A-Z'’.]+){0,3}"
_NOT_PLACE = r"(?:BACA|Baca|SIMAK|Simak|LIHAT|Lihat|TONTON|Tonton|BERITA|Berita|FOTO|Foto|VIDEO|Video|HALAMAN|Halaman)\b"
DATELINE = re.compile(
    rf"^(?:(?P<site1>{_SITE})\s*,\s*(?P<place1>{_PLACE}(?:,\s*{_PLACE})?){_DASH}"
    rf"|(?P<place2>{_PLACE}(?:,\s*{_PLACE})?)\s*,\s*(?P<site2>{_SITE}){_DASH}"
    rf"|(?P<place3>{_PLACE}(?:,\s*{_PLACE}|,\s*\d{{1,2}}\s+[A-Z][a-z]+\s+\d{{4}})?),?\s*\((?P<agency>[A-Za-z][A-Za-z .]{{1,20}}(?:/[A-Za-z .]{{2,20}})?)\){_DASH}"
    rf"|(?P<site4>{_SITE}){_DASH}"
    rf"|(?P<site6>{_SITE}),\s*(?P<place6>[A-Z][a-z]+)\s+(?=[A-Z])"
    rf"|(?P<place5>(?!{_NOT_PLACE}){_PLACE_CAPS}|(?!{_NOT_PLACE})[A-Z][a-z]+(?: [A-Z][a-z]+)?)\s+[–—-]{{1,2}}\s+(?=[A-Z\"“‘’]))"
)
# Header detection needs the forms that name an outlet; a bare "Place -" is only trusted on the first body line.
DATELINE_WITH_OUTLET = re.compile(DATELINE.pattern.split("|(?P<place5>")[0] + ")")

OUTLETS = outlets.OUTLETS
_BRANDS = outlets.BRANDS


def outlet_name(site: str | None) -> str | None:
    """'REPUBLIKA.CO.ID' / 'www.antaranews.com' / 'ANTARA News' / 'cnn indonesia' -> display name."""
    if not site:
        return None
    host = site.lower().strip()
    if "//" in host:
        host = urlparse(host).hostname or host
    host = re.sub(r"^(?:www|m|news|nasional|internasional|en)\.", "", host)
    name = re.split(r"[./]", host)[0]
    for key in (name.replace(" ", ""), name.split(" ")[0]):
        if key in OUTLETS:
            return OUTLETS[key]
    brand = next((k for k in _BRANDS if name.startswith(k)), None)  # KompasOtomotif, detikinet, tribunjabar
    if brand:
        return OUTLETS[brand]
    return site.split(".")[0].capitalize() if "." in site else site.strip()


def place_name(place: str) -> str:
    """'WASHINGTON' -> 'Washington', 'LOS ANGELES' -> 'Los Angeles'; 'Mataram, NTB' -> 'Mataram'."""
    city = place.split(",")[0].strip()
    return " ".join(w.capitalize() if w.isupper() and len(w) > 2 else w for w in city.split())


def find_dateline(doc: Doc) -> None:
    """Strip the dateline from the first body line; set `dateline` and the outlet it names."""
    art = doc.article
    for i, line in enumerate(doc.lines):
        if not line.strip():
            continue
        m = DATELINE.match(line.strip())
        if m:
            g = m.groupdict()
            agency, *wires = (g["agency"] or "").split("/")
            site = g["site1"] or g["site2"] or g["site4"] or g["site6"] or agency
            art.wire_sources.extend(w.strip() for w in wires if w.strip() and w.strip() not in art.wire_sources)
            place = g["place1"] or g["place2"] or g["place3"] or g["place5"] or g["place6"]
            art.dateline = Dateline(place=place_name(place) if place else None, outlet=outlet_name(site))
            art.removed.append(m.group(0).strip())
            doc.lines[i] = line.strip()[m.end():]
        break
    art.outlet = outlet_name(art.outlet) or (art.dateline.outlet if art.dateline and art.dateline.outlet else None)
    if not art.outlet:
        known = [outlet_name(site) for site in (doc.page.hostname, doc.page.url) if site]
        known += [outlet_name(art.url)] if art.url else []
        art.outlet = next((o for o in known if o in OUTLETS.values()), None) or doc.page.sitename
