"""The HTTP API on a real uvicorn server over loopback, and the dashboard in a real headless Chromium."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from serving import free_port, serving

from warta import RawDoc, process
from warta.store.sqlite import Store

ARTICLES = [
    ("Menlu Bertemu Mitra dari Jepang\n\nJAKARTA, KOMPAS.com – Menteri Luar Negeri Retno Marsudi bertemu Menteri Luar "
     "Negeri Jepang di Jakarta, Senin (4/9/2023). \"Kami sepakat memperkuat kerja sama maritim,\" kata Retno.\n", "2023-09-05"),
    ("Harga Beras Naik\n\nJakarta (ANTARA) - Harga beras di pasar induk naik pekan ini. \"Pasokan dari Jawa Tengah "
     "berkurang,\" ujar pedagang beras Ahmad Yani, Selasa (5/9/2023).\n", "2023-09-06"),
]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    db = tmp_path_factory.mktemp("web") / "warta.db"
    with Store(db) as store:
        for text, published in ARTICLES:
            store.add(process(RawDoc(text, source=f"{published}.txt", published=published)))
    with serving(db) as base:
        yield base


def chromium_dom(url: str, profile: Path, budget_ms: int = 5000) -> str:
    """The page's DOM after its scripts ran, from Debian's headless Chromium (no network beyond loopback)."""
    out = subprocess.run(
        ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         f"--user-data-dir={profile}", f"--virtual-time-budget={budget_ms}", "--dump-dom", url],
        capture_output=True, timeout=120)
    return out.stdout.decode()


def test_stats_and_search(server: str) -> None:
    stats = httpx.get(server + "/api/stats").json()
    assert stats["articles"] == 2 and stats["quotes"] >= 2
    hits = httpx.get(server + "/api/search", params={"q": "beras"}).json()
    assert [h["title"] for h in hits] == ["Harga Beras Naik"]
    assert "[beras]" in hits[0]["snippet"].lower()


def test_bad_search_query_is_a_400_with_a_message(server: str) -> None:
    res = httpx.get(server + "/api/search", params={"q": '"unterminated'})
    assert res.status_code == 400 and "cannot parse search query" in res.json()["error"]
    res = httpx.get(server + "/api/events", params={"since": "notadate"})
    assert res.status_code == 400 and "'notadate' is not a date" in res.json()["error"]
    for limit in ("-1", "0", str(2**63), "1001"):
        assert httpx.get(server + "/api/events", params={"limit": limit}).status_code == 422
    assert httpx.get(server + "/api/events", params={"limit": "1000"}).status_code == 200


def test_article_quotes_and_404(server: str) -> None:
    hit = httpx.get(server + "/api/search", params={"q": "maritim"}).json()[0]
    art = httpx.get(server + f"/api/articles/{hit['id']}").json()
    assert art["outlet"] == "Kompas" and art["dateline"]["place"] == "Jakarta"
    quotes = httpx.get(server + "/api/quotes", params={"speaker": "Retno"}).json()
    assert [q["text"] for q in quotes] == ["Kami sepakat memperkuat kerja sama maritim"]
    assert httpx.get(server + "/api/articles/nope").status_code == 404


def test_extract_a_pasted_article(server: str) -> None:
    res = httpx.post(server + "/api/extract", json={"text": ARTICLES[1][0], "published": "2023-09-06"})
    art = res.json()
    assert res.status_code == 200 and art["title"] == "Harga Beras Naik" and art["outlet"] == "Antara"
    assert {d["value"] for d in art["dates"]} == {"2023-W36", "2023-09-05"}  # "pekan ini": the ISO week
    assert httpx.post(server + "/api/extract", json={"text": "   "}).status_code == 422


@pytest.mark.skipif(shutil.which("chromium") is None, reason="Debian's chromium is not installed")
def test_dashboard_renders_in_chromium(server: str, tmp_path: Path) -> None:
    dom = chromium_dom(server + "/", tmp_path)
    assert "2 articles" in dom and "2 outlets" in dom, dom[:500]
    assert 'class="hit"' in dom and "Harga Beras Naik" in dom  # the newest articles, by title
    assert "cdn" not in dom.lower()


def test_event_places_for_the_map(server: str) -> None:
    places = httpx.get(server + "/api/events/places", params={"actor": "IDN"}).json()
    jakarta = [p for p in places if p["place_name"] == "Jakarta"]
    assert jakarta and abs(jakarta[0]["lat"] + 6.21) < 0.05 and jakarta[0]["place_country"] == "IDN"
    assert jakarta[0]["from_dateline"] < jakarta[0]["events"]  # "di Jakarta" in the sentence places one
    assert httpx.get(server + "/static/world.json").json()[0][0] < -50  # the backdrop ships with the package


@pytest.mark.skipif(shutil.which("chromium") is None, reason="Debian's chromium is not installed")
def test_map_opens_from_a_link_in_chromium(server: str, tmp_path: Path) -> None:
    dom = chromium_dom(server + "/#map?actor=IDN", tmp_path, budget_ms=8000)
    assert '<svg id="map"' in dom and 'class="event"' in dom and "Jakarta: " in dom, dom[-800:]
    assert 'class="land"' in dom


def test_events_by_actor_modality_and_confidence(server: str) -> None:
    params = {"actor": "IDN", "target": "JPN", "type": "CONSULT"}
    got = httpx.get(server + "/api/events", params=params).json()
    assert got and all(e["source_country"] == "IDN" and e["target_country"] == "JPN" for e in got)
    assert httpx.get(server + "/api/events", params={**params, "modality": "asserted"}).json() == got
    assert httpx.get(server + "/api/events", params={**params, "modality": "denied"}).json() == []
    assert httpx.get(server + "/api/events", params={**params, "min_confidence": 0.99}).json() == []


def test_faceted_search_timeline_paging_and_entity_page(server: str) -> None:
    page = httpx.get(server + "/api/articles", params={"q": "beras", "limit": 1}).json()
    assert page["total"] == 1 and page["hits"][0]["title"] == "Harga Beras Naik" and "[beras]" in page["hits"][0]["snippet"]
    everything = httpx.get(server + "/api/articles", params={"limit": 1}).json()
    second = httpx.get(server + "/api/articles", params={"limit": 1, "offset": 1}).json()
    assert everything["total"] == 2 and everything["hits"][0]["title"] == "Harga Beras Naik"  # newest first
    assert second["hits"][0]["title"] == "Menlu Bertemu Mitra dari Jepang"
    facets = httpx.get(server + "/api/facets").json()
    assert {f["value"] for f in facets["outlets"]} == {"Kompas", "Antara"}
    retno = next(e for e in facets["entities"] if e["name"] == "Retno Marsudi")
    narrowed = httpx.get(server + "/api/articles", params={"entity": retno["value"]}).json()
    assert [h["outlet"] for h in narrowed["hits"]] == ["Kompas"]
    days = httpx.get(server + "/api/timeline", params={"q": "beras OR maritim"}).json()
    assert [(d["day"], d["outlet"], d["articles"]) for d in days] == [("2023-09-05", "Kompas", 1), ("2023-09-06", "Antara", 1)]
    ent = httpx.get(server + f"/api/entity/{retno['value']}").json()
    assert ent["quotes"][0]["text"] == "Kami sepakat memperkuat kerja sama maritim"
    assert any(a["alias"] == "Retno" for a in ent["aliases"]) and ent["events"]
    assert httpx.get(server + "/api/entity/nope").status_code == 404
    assert httpx.get(server + "/api/articles", params={"offset": -1}).status_code == 422
    docs = httpx.get(server + "/docs").text
    assert "openapi.json" in docs and "cdn" not in docs.lower()


def test_hostile_requests_are_refused_with_a_reason(server: str) -> None:
    res = httpx.get(server + "/api/stats", headers={"Host": "evil.example"})
    assert res.status_code == 400  # DNS rebinding: only loopback names are answered
    res = httpx.get(server + "/api/stats")
    assert res.headers["x-content-type-options"] == "nosniff" and res.headers["x-frame-options"] == "DENY"
    assert "default-src 'self'" in res.headers["content-security-policy"]
    big = "a" * (6 * 2**20)
    t = time.perf_counter()
    res = httpx.post(server + "/api/extract", content=('{"text": "' + big + '"}').encode(),
                     headers={"Content-Type": "application/json"})
    assert res.status_code == 413 and "over 5 MiB" in res.json()["error"] and time.perf_counter() - t < 5

    def chunks() -> Iterator[bytes]:  # no Content-Length: counted as it arrives
        yield b'{"text": "'
        for _ in range(7):
            yield b"a" * 2**20
        yield b'"}'

    res = httpx.post(server + "/api/extract", content=chunks(), headers={"Content-Type": "application/json"})
    assert res.status_code == 413
    assert httpx.get(server + "/api/search", params={"q": " ".join(["kata"] * 100)}).status_code == 400
    res = httpx.get(server + "/api/search", params={"q": "a" * 20_000})
    assert res.status_code == 400 and "at most 2,000" in res.json()["error"]
    res = httpx.get(server + "/api/articles", params={"limit": 2**63})
    assert res.status_code == 422 and res.json()["error"].startswith("limit: ") and "\n" not in res.json()["error"]


def test_serve_refuses_a_public_bind_and_a_foreign_file(tmp_path: Path) -> None:
    import hashlib
    import sqlite3

    res = subprocess.run([sys.executable, "-m", "warta", "serve", "--host", "0.0.0.0", "--db", str(tmp_path / "x.db")],
                         capture_output=True, text=True, timeout=60)
    assert res.returncode == 2 and "add --public" in res.stderr
    foreign = tmp_path / "other.sqlite"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE notes (x TEXT)")
    conn.commit()
    conn.close()
    before = hashlib.sha1(foreign.read_bytes()).hexdigest()
    res = subprocess.run([sys.executable, "-m", "warta", "serve", "--db", str(foreign), "--port", str(free_port())],
                         capture_output=True, text=True, timeout=60)
    assert res.returncode == 2 and "not a Warta database" in res.stderr
    assert hashlib.sha1(foreign.read_bytes()).hexdigest() == before  # no tables written into it
