"""Speech cues (warta/annotate/quote_cues.py): the patterns that tie a statement to its speaker,
after it (`," kata X`), before it (`X mengatakan, …`) and `Menurut X, …`, on Indonesian news phrasing."""

from __future__ import annotations

import pytest
from test_quotes import quotes_of  # the quotes stage on a text alone (no entities, no dates)

from warta.annotate import quote_cues as cues

# ---- after the closing mark ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("after", "verb", "clitic"),
    [
        (" kata Amran.", "kata", False),
        (" ujar Zulkifli.", "ujar", False),
        (" ujarnya.", "ujarnya", True),
        (" Katanya", "Katanya", True),  # case-insensitive
        (", tambahnya.", "tambahnya", True),
        (" demikian dilaporkan Reuters.", "dilaporkan", False),
        (" begitu kata Hendri.", "kata", False),
        (", menurutnya.", "menurutnya", True),
    ],
)
def test_cue_after_a_statement(after: str, verb: str, clitic: bool) -> None:
    m = cues.CUE_AFTER.match(after)
    assert m is not None and m.group("verb") == verb
    assert bool(m.group("nya") or m.group("nya2")) is clitic


@pytest.mark.parametrize("after", [" katak itu melompat.", " ujaran kebencian itu viral.", " lalu ia pergi."])
def test_words_that_only_start_like_a_cue_are_not_one(after: str) -> None:
    assert cues.CUE_AFTER.match(after) is None


@pytest.mark.xfail(strict=True, reason="'kata-kata' (words) after a quotation is read as the cue 'kata'")
def test_reduplicated_kata_is_not_a_cue() -> None:
    assert cues.CUE_AFTER.match(" kata-kata itu terus diteriakkan warga.") is None


@pytest.mark.parametrize("verb", cues.AFTER_VERBS)
def test_every_after_verb_and_its_clitic_form_is_a_cue(verb: str) -> None:
    for form, clitic in ((verb, False), (verb + "nya", True)):
        m = cues.CUE_AFTER.match(f", {form} Budi.")
        assert m is not None and m.group("verb") == form  # the longest alternative, not a prefix
        assert bool(m.group("nya")) is clitic


def test_subject_then_verb_after_a_statement() -> None:
    m = cues.CUE_AFTER_SUBJECT.match(", Presiden Joko Widodo menegaskan.")
    assert m is not None and (m.group("who"), m.group("verb")) == ("Presiden Joko Widodo", "menegaskan")
    assert cues.CUE_AFTER_SUBJECT.match(", dan menegaskan hal itu.") is None  # no capitalised subject


# ---- before the statement ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "verb", "aside", "sep"),
    [
        ("Argo mengatakan, pelaku ditangkap oleh Direktorat Reserse Kriminal Khusus.", "mengatakan", "", ","),
        ("Ia menegaskan bahwa INASGOC belum membuka pendaftaran.", "menegaskan", "", "bahwa"),
        ("Budi mengatakan kepada wartawan di Jakarta, Senin, bahwa harga naik.", "mengatakan",
         " kepada wartawan di Jakarta", ","),
        ("Jokowi menyampaikan: negara hadir untuk rakyat.", "menyampaikan", "", ":"),
    ],
)
def test_say_verb_before_its_content(sentence: str, verb: str, aside: str, sep: str) -> None:
    m = cues.SAY.search(sentence)
    assert m is not None
    assert (m.group("verb"), m.group("aside"), m.group("sep").strip()) == (verb, aside, sep)


@pytest.mark.parametrize("verb", sorted(set(cues.SAY_VERBS)))
def test_every_say_verb_is_found_whole(verb: str) -> None:
    for sentence in (f"Budi {verb}, harga naik.", f"Budi {verb} bahwa harga naik."):
        m = cues.SAY.search(sentence)
        assert m is not None and m.group("verb") == verb  # "menyebutkan", not "menyebut" + "kan"


def test_only_strong_verbs_take_their_content_with_no_comma() -> None:
    m = cues.SAY_BARE.search("Kremlin menegaskan tak ada rencana pertemuan.")
    assert m is not None and m.group("verb") == "menegaskan"
    assert cues.SAY.search("Kremlin menegaskan tak ada rencana pertemuan.") is None
    assert cues.SAY_BARE.search("Budi menilai kebijakan itu tepat.") is None
    assert cues.SAY_BARE.search("Ia mengatakannya kemarin.") is None  # an inflected form is no cue


def test_according_to() -> None:
    m = cues.ACCORDING.search("Menurut Kepala BMKG Dwikorita Karnawati, cuaca ekstrem masih terjadi.")
    assert m is not None and m.group("who") == "Kepala BMKG Dwikorita Karnawati"
    m = cues.ACCORDING.search("Menurut dia, titik temu masih bisa dicari.")  # IndoSum
    assert m is not None and m.group("who") in cues.PRONOUNS
    assert cues.ACCORDING.search("Menurut data BPS. Harga beras naik.") is None  # no comma in the sentence


@pytest.mark.xfail(strict=True, reason="`Menurut X,` ends the speaker at the first comma, even inside an "
                                       "enumerated name ('Badan Meteorologi, Klimatologi, dan Geofisika')")
def test_according_to_an_enumerated_office() -> None:
    [q] = quotes_of("Menurut Kepala Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) Dwikorita Karnawati, "
                    "cuaca ekstrem masih akan terjadi sepekan ke depan.")
    assert q.speaker.name == "Dwikorita Karnawati"
    assert q.text == "cuaca ekstrem masih akan terjadi sepekan ke depan"


@pytest.mark.xfail(strict=True, reason="'Menurutnya, …' (the clitic form opening a sentence) is no cue: "
                                       "ACCORDING needs a space after 'Menurut'")
def test_according_to_with_a_clitic() -> None:
    quotes = quotes_of("Budi Santoso hadir di lokasi. Menurutnya, harga cabai akan naik tajam pekan depan.")
    assert [(q.kind, q.text, q.verb) for q in quotes] == [
        ("indirect", "harga cabai akan naik tajam pekan depan", "menurutnya")]


# ---- ending a sentence without quotation marks -----------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "verb", "who"),
    [
        ("Harga cabai naik tajam di pasar induk, kata Budi.", "kata", "Budi"),
        ("Harga cabai naik tajam di pasar induk, ujarnya.", "ujarnya", ""),
        ("Banjir meluas ke tiga kecamatan, demikian dilaporkan Antara.", "dilaporkan", "Antara"),
        ("Harga cabai naik tajam di pasar induk, kata Budi, Senin (3/2).", "kata", "Budi"),
    ],
)
def test_trailing_cue(sentence: str, verb: str, who: str) -> None:
    m = cues.TRAIL.search(sentence)
    assert m is not None and m.group("verb") == verb and m.group("who").strip() == who


def test_trailing_cue_followed_by_a_long_clause_is_not_trailing() -> None:
    """`…, katanya, karena …`: a reason after the cue, not a date or place."""
    sentence = ("Harga naik, katanya, karena pasokan cabai dari Jawa Tengah terganggu hujan deras "
                "sepanjang pekan lalu.")
    assert cues.TRAIL.search(sentence) is None


def test_quoting_colon_and_pronouns() -> None:
    assert cues.QUOTING.search("Reuters mengutip seorang pejabat") and cues.QUOTING.search("seperti dikutip Antara")
    assert cues.QUOTING.search("pengutipan berita itu") is None
    assert cues.COLON_INTRO.search("Ia berkata: ") and not cues.COLON_INTRO.search("Ia berkata")
    assert {"ia", "dia", "beliau", "mereka"} <= cues.PRONOUNS and "budi" not in cues.PRONOUNS


# ---- the cues at work in the quotes stage ----------------------------------------------------------------


def test_cues_give_the_quote_its_verb() -> None:
    text = (
        "“Kalau bayi lebih mudah dilatihnya,” ujar Hendri.\n\n"
        "Presiden Joko Widodo mengatakan, pemerintah akan menambah bantuan sosial tahun ini.\n\n"
        "Menurut Wimo, penghargaan pemerintah kepada veteran dirasakan sudah baik."
    )
    got = [(q.kind, q.verb, q.speaker.name) for q in quotes_of(text)]
    assert got == [("direct", "ujar", "Hendri"), ("indirect", "mengatakan", "Joko Widodo"),
                   ("indirect", "menurut", "Wimo")]
