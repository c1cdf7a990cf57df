"""Shared fixtures. `../shared` (the corpora and the seed article) is optional:
tests that need it skip when it is missing, so a user's clone still passes."""

from __future__ import annotations

from pathlib import Path

import pytest

from warta import Article, RawDoc, process

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(__import__("os").environ.get("WARTA_SHARED", ROOT.parent / "shared"))
DATA = SHARED / "data"
SEED = SHARED / "seed" / "000_6d8d7629fed82d19.txt"
FIXTURES = Path(__file__).resolve().parent / "fixtures"

needs_data = pytest.mark.skipif(not DATA.exists(), reason="../shared/data not present")
needs_seed = pytest.mark.skipif(not SEED.exists(), reason="../shared/seed not present")


@pytest.fixture(scope="session")
def seed_text() -> str:
    if not SEED.exists():
        pytest.skip("../shared/seed not present")
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_article(seed_text: str) -> Article:
    """The seed article through the whole pipeline, published 2023-09-06."""
    return process(RawDoc(seed_text, source="seed.txt", published="2023-09-06"))


# -- corpus fixtures ----------------------------------------------------------
EXAMPLES = ROOT / "warta" / "examples"


@pytest.fixture(scope="session")
def example_texts() -> list[str]:
    """The bundled IndoSum example articles (plain text, CC BY-SA 4.0)."""
    import json

    lines = (EXAMPLES / "indosum.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line)["text"] for line in lines if line.strip()]
