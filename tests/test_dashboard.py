"""The dashboard driven in Debian's Chromium through ChromeDriver (Selenium), over a real server on
loopback with the example corpus: clicks, typing, navigation, deep links. A screenshot of each view
is kept in `test-artifacts/dashboard/`."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from serving import serving

ROOT = Path(__file__).resolve().parent.parent
SHOTS = ROOT / "test-artifacts" / "dashboard"
DRIVER = shutil.which("chromedriver")

pytestmark = pytest.mark.skipif(not (DRIVER and shutil.which("chromium")),
                                reason="Debian's chromium and chromium-driver are not installed")


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    db = tmp_path_factory.mktemp("dash") / "warta.db"
    subprocess.run([sys.executable, "-m", "warta", "ingest", "--examples", "--db", str(db), "--workers", "2"],
                   check=True, capture_output=True, timeout=300)
    with serving(db) as base:
        yield base


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    opts = webdriver.ChromeOptions()
    opts.binary_location = shutil.which("chromium") or "chromium"
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--window-size=1280,1400", f"--user-data-dir={tmp_path_factory.mktemp('profile')}"):
        opts.add_argument(flag)
    driver = webdriver.Chrome(service=Service(DRIVER), options=opts)
    driver.implicitly_wait(0)
    SHOTS.mkdir(parents=True, exist_ok=True)
    try:
        yield driver
    finally:
        driver.quit()


def wait_for(driver: object, css: str, text: str | None = None, timeout: float = 15) -> object:
    """The first element matching `css` (holding `text`, when given), once the page shows it."""
    from selenium.webdriver.common.by import By

    end = time.time() + timeout
    while time.time() < end:
        for el in driver.find_elements(By.CSS_SELECTOR, css):  # type: ignore[attr-defined]
            try:
                if el.is_displayed() and (text is None or text in el.text):
                    return el
            except Exception:  # re-rendered under us: look again
                pass
        time.sleep(0.1)
    raise AssertionError(f"{css!r} with {text!r} never shown; page: {driver.page_source[-600:]}")  # type: ignore[attr-defined]


def shot(driver: object, name: str) -> None:
    driver.save_screenshot(str(SHOTS / f"{name}.png"))  # type: ignore[attr-defined]


def test_click_through_every_view(site: str, browser: object) -> None:
    from selenium.webdriver.common.by import By

    d = browser
    d.get(site + "/")  # type: ignore[attr-defined]
    wait_for(d, "#stats", "58 articles")
    wait_for(d, "#search-results .hit")
    assert "articles per day" in wait_for(d, ".chart figcaption").text  # the attention chart for all articles
    shot(d, "1-home")

    box = d.find_element(By.CSS_SELECTOR, "#search-form input[name=q]")  # type: ignore[attr-defined]
    box.send_keys("KPK")
    d.find_element(By.CSS_SELECTOR, "#search-form button").click()  # type: ignore[attr-defined]
    wait_for(d, "#search-results .meta", "independent stories")
    assert d.current_url.endswith("#search?q=KPK")  # type: ignore[attr-defined]
    hits = d.find_elements(By.CSS_SELECTOR, "#search-results .hit")  # type: ignore[attr-defined]
    assert 1 <= len(hits) <= 20
    wait_for(d, "#timeline .bar")
    shot(d, "2-search")

    facet = wait_for(d, "#search-facets .facet a", "Antara")
    facet.click()  # type: ignore[attr-defined]
    wait_for(d, "#search-results .meta", "independent stories")
    assert "outlet=Antara" in d.current_url  # type: ignore[attr-defined]
    assert all("Antara" in h.text for h in d.find_elements(By.CSS_SELECTOR, "#search-results .hit"))  # type: ignore[attr-defined]

    d.find_element(By.CSS_SELECTOR, "#search-results .hit a").click()  # type: ignore[attr-defined]
    wait_for(d, "#tab-article dl.meta-list", "outlet")
    assert "#article/" in d.current_url  # type: ignore[attr-defined]
    entity = wait_for(d, "#tab-article .body a.ent")
    shot(d, "3-article")
    name = entity.get_attribute("title").split(" · ")[0]  # type: ignore[attr-defined]
    entity.click()  # type: ignore[attr-defined]
    wait_for(d, "#tab-entity h2", name)
    assert "#entity/" in d.current_url and "Named as" in d.find_element(By.ID, "tab-entity").text  # type: ignore[attr-defined]
    shot(d, "4-entity")

    d.back()  # type: ignore[attr-defined]  # the browser's back button returns to the article
    wait_for(d, "#tab-article dl.meta-list")

    d.find_element(By.CSS_SELECTOR, "nav a[data-tab=events]").click()  # type: ignore[attr-defined]
    d.find_element(By.CSS_SELECTOR, "#events-form input[name=actor]").send_keys("IDN")  # type: ignore[attr-defined]
    d.find_element(By.CSS_SELECTOR, "#events-form select[name=modality]").send_keys("asserted")  # type: ignore[attr-defined]
    d.find_element(By.CSS_SELECTOR, "#events-form button").click()  # type: ignore[attr-defined]
    wait_for(d, "#events-results table")
    rows = d.find_elements(By.CSS_SELECTOR, "#events-results tbody tr")  # type: ignore[attr-defined]
    assert rows and all("asserted" in r.text for r in rows)
    assert "actor=IDN" in d.current_url and "modality=asserted" in d.current_url  # type: ignore[attr-defined]
    wait_for(d, "#events-results .pager")
    shot(d, "5-events")

    d.find_element(By.CSS_SELECTOR, "nav a[data-tab=quotes]").click()  # type: ignore[attr-defined]
    d.find_element(By.CSS_SELECTOR, "#quotes-form input[name=speaker]").send_keys("Gatot")  # type: ignore[attr-defined]
    d.find_element(By.CSS_SELECTOR, "#quotes-form button").click()  # type: ignore[attr-defined]
    wait_for(d, "#quotes-results tbody tr", "Gatot Nurmantyo")
    shot(d, "6-quotes")

    d.find_element(By.CSS_SELECTOR, "nav a[data-tab=map]").click()  # type: ignore[attr-defined]
    d.find_element(By.CSS_SELECTOR, "#map-form button").click()  # type: ignore[attr-defined]
    wait_for(d, "#map circle.event")
    shot(d, "7-map")


def test_deep_links_open_directly(site: str, browser: object) -> None:
    d = browser
    d.get(site + "/#entity/per:joko-widodo")  # type: ignore[attr-defined]
    page = wait_for(d, "#tab-entity", "Named as")
    assert "Joko Widodo" in page.text and "Jokowi" in page.text  # type: ignore[attr-defined]
    d.get(site + "/#search?q=e-KTP")  # type: ignore[attr-defined]
    wait_for(d, "#search-results .hit", "Novanto")
    d.get(site + "/#quotes?speaker=Gatot&offset=0")  # type: ignore[attr-defined]
    wait_for(d, "#quotes-results tbody tr", "Gatot")
    d.get(site + "/docs")  # type: ignore[attr-defined]
    wait_for(d, "#docs .endpoint", "/api/articles")  # the API's own page, no CDN
    shot(d, "8-docs")
