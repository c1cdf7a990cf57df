"""Event actors from entities (warta/annotate/actors.py): country plus sector codes, role phrases,
adjacent mentions merged into one actor, capitals for their governments, Indonesian regional offices
and offices that act for Indonesia. Spans are built by hand where a step is tested alone, so the
answer does not hang on what the tagger finds."""

from __future__ import annotations

import pytest

from warta import RawDoc, process
from warta.annotate import actors
from warta.annotate.actors import ActorSpan
from warta.model import Actor, Article, Entity, Mention


def span(body: str, text: str, etype: str, country: str | None = None, sector: str | None = None,
         entity_id: str | None = None) -> ActorSpan:
    start = body.index(text)
    return ActorSpan(start, start + len(text), Actor(text, entity_id, country, sector), etype)


def entity(body: str, text: str, etype: str, country: str | None = None, sector: str | None = None) -> Entity:
    start = body.index(text)
    return Entity(f"x:{text.lower().replace(' ', '-')}", etype, text, country, sector,
                  [Mention(start, start + len(text), text)])


def rows(body: str, spans: list[ActorSpan]) -> list[tuple[str, str | None, str | None, str]]:
    """(covered text, country, sector, type) of each span."""
    return [(body[s.start:s.end], s.actor.country, s.actor.sector, s.etype) for s in spans]


# ---- codes ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("role", "sector"),
    [
        ("Menteri Pertahanan Rusia", "MIL"),
        ("pejabat Kementerian Pertahanan Korut", "MIL"),  # the event role beats the generic "pejabat"
        ("juru bicara Kremlin", "GOV"),
        ("wartawan Reuters", "JRN"),
        ("Kapolres Lhokseumawe", "COP"),
        ("Polda Bali", "COP"),
        ("Kejati Jawa Timur", "JUD"),
        ("Direktur Utama", "BUS"),
        ("aparat keamanan", "COP"),
        ("para pengunjuk rasa", "CVL"),
        ("gerilyawan", "REB"),
        ("penjual sayur", None),
    ],
)
def test_role_sector(role: str, sector: str | None) -> None:
    assert actors.role_sector(role) == sector


@pytest.mark.parametrize(
    ("names", "code"),
    [
        (("PBB",), "UNO"),
        (("Sekjen PBB Antonio Guterres",), "UNO"),
        (("UN",), None),  # Ujian Nasional, the school exam
        (("Uni Eropa",), "EUR"),
        (("NATO",), "NAT"),
        (("ASEAN",), "ASN"),
        (("Liga Arab",), "ARL"),
        (("KPK",), None),
        ((None, "Dewan Keamanan"), "UNO"),  # the first name that is given
        ((), None),
    ],
)
def test_igo_code(names: tuple[str | None, ...], code: str | None) -> None:
    assert actors.igo_code(*names) == code


def test_capital_country() -> None:
    assert actors.capital_country("Beijing") == "CHN"
    assert actors.capital_country("kuala  Lumpur") == "MYS"  # case and spacing
    assert actors.capital_country("Tel Aviv") == "ISR"
    assert actors.capital_country("Surabaya") is None  # a city, not a capital


# ---- spans from the entities ---------------------------------------------------------------------------------


def test_capitals_the_entities_missed_stand_for_their_government() -> None:
    body = "Beijing mengecam kunjungan itu. Pemerintah Madrid diam, sementara warga Surabaya berunjuk rasa."
    got = rows(body, actors.mention_spans(Article("x", body), []))
    assert got == [("Beijing", "CHN", None, "GPE"), ("Madrid", "ESP", None, "GPE")]


def test_a_capital_entity_without_a_country_gets_one() -> None:
    body = "Teheran menolak tuduhan itu."
    got = rows(body, actors.mention_spans(Article("x", body, entities=[entity(body, "Teheran", "GPE")]), []))
    assert got == [("Teheran", "IRN", None, "GPE")]


def test_offices_and_international_bodies_from_their_names() -> None:
    body = "Polres Sukabumi menahan dua orang. UNHCR menyiapkan tenda. Piala Dunia digelar."
    art = Article("x", body, entities=[entity(body, "Polres Sukabumi", "ORG"), entity(body, "UNHCR", "ORG"),
                                       entity(body, "Piala Dunia", "EVENT")])
    got = rows(body, actors.mention_spans(art, []))
    assert got == [("Polres Sukabumi", None, "COP", "ORG"), ("UNHCR", "UNO", "IGO", "ORG")]  # no EVENT


# ---- roles, merging, affiliations --------------------------------------------------------------------------


def test_role_country_and_name_are_one_actor() -> None:
    body = "Menteri Pertahanan Rusia Sergei Shoigu tiba di Pyongyang."
    spans = actors.with_roles(body, [span(body, "Rusia", "GPE", "RUS"), span(body, "Sergei Shoigu", "PERSON")])
    [one] = actors.merged_spans(body, spans)
    assert rows(body, [one]) == [("Menteri Pertahanan Rusia Sergei Shoigu", "RUS", "MIL", "PERSON")]
    assert one.actor.name == "Sergei Shoigu"


def test_a_role_on_the_previous_line_is_not_taken() -> None:
    body = "Menteri Pertahanan\nSergei Shoigu tiba."
    [one] = actors.with_roles(body, [span(body, "Sergei Shoigu", "PERSON")])
    assert rows(body, [one]) == [("Sergei Shoigu", None, None, "PERSON")]


def test_an_alias_in_brackets_merges_with_the_name_after_it() -> None:
    body = "Pemimpin Korea Utara (Korut) Kim Jong Un menembakkan rudal."
    spans = [span(body, "Korea Utara", "GPE", "PRK"), span(body, "Korut", "GPE", "PRK"),
             span(body, "Kim Jong Un", "PERSON", entity_id="per:kim-jong-un")]
    [one] = actors.merged_spans(body, spans)
    assert rows(body, [one]) == [("Korea Utara (Korut) Kim Jong Un", "PRK", None, "PERSON")]
    assert one.actor.entity_id == "per:kim-jong-un"


def test_origin_and_apposition() -> None:
    body = "Angela Merkel dari Jerman bertemu Emmanuel Macron."
    spans = [span(body, "Angela Merkel", "PERSON"), span(body, "Jerman", "GPE", "DEU"),
             span(body, "Emmanuel Macron", "PERSON")]
    assert rows(body, actors.merged_spans(body, spans)) == [
        ("Angela Merkel dari Jerman", "DEU", None, "PERSON"), ("Emmanuel Macron", None, None, "PERSON")]
    body = "Kemenlu RI, Retno Marsudi menyebut bantuan sudah dikirim."
    spans = [span(body, "Kemenlu RI", "ORG", "IDN", "GOV"), span(body, "Retno Marsudi", "PERSON")]
    assert rows(body, actors.merged_spans(body, spans)) == [("Kemenlu RI, Retno Marsudi", "IDN", "GOV", "PERSON")]


def test_an_outlet_lends_no_one_its_country() -> None:
    body = "Diberitakan Reuters, Aaron Smith menyebut serangan itu terencana."
    spans = [span(body, "Reuters", "ORG", "GBR", "MED"), span(body, "Aaron Smith", "PERSON")]
    assert rows(body, actors.merged_spans(body, spans)) == [
        ("Reuters", "GBR", "MED", "ORG"), ("Aaron Smith", None, None, "PERSON")]


def test_a_role_in_apposition_after_the_name_gives_the_sector() -> None:
    body = "Jake Sullivan, penasihat keamanan nasional, mengatakan Rusia kehabisan amunisi."
    [person] = actors.merged_spans(body, [span(body, "Jake Sullivan", "PERSON")])
    assert (person.actor.sector, person.end) == ("GOV", len("Jake Sullivan"))


def test_affiliation_seen_once_is_carried_to_every_mention() -> None:
    body = "Penasihat Rusia Ivan Petrov hadir. Petrov berbicara. Smith diam."
    first = ActorSpan(0, body.index(" hadir"), Actor("Ivan Petrov", "per:ivan-petrov", "RUS", "GOV"), "PERSON")
    later = ActorSpan(body.index("Petrov berbicara"), body.index(" berbicara"),
                      Actor("Ivan Petrov", "per:ivan-petrov", None, None), "PERSON")
    other = span(body, "Smith", "PERSON")
    assert rows(body, actors.carry_affiliations([first, later, other])) == [
        ("Penasihat Rusia Ivan Petrov", "RUS", "GOV", "PERSON"), ("Petrov", "RUS", "GOV", "PERSON"),
        ("Smith", None, None, "PERSON")]


# ---- Indonesian offices -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "name", "sector"),
    [
        ("Bupati Bogor Ade Yasin meninjau banjir.", "Ade Yasin", "GOV"),
        ("Kapolres Lhokseumawe AKP Yasir menangkap pelaku.", "Yasir", "COP"),
        # IndoSum: a regional police chief speaking through a district one
        ("Kapolres Lhokseumawe AKBP Hendri Budiman melalui Kapolsek Simpang Kramat Ipda Abdul Azis, Sabtu (10/2) "
         "malam mengatakan kedua pemuda diduga mencuri sekarung jengkol.", "Abdul Azis", "COP"),
        ("Polres Sukabumi menahan dua orang.", "Polres Sukabumi", "COP"),
    ],
)
def test_an_indonesian_office_acts_for_indonesia(body: str, name: str, sector: str) -> None:
    etype = "ORG" if name.startswith("Polres") else "PERSON"
    got = actors.domestic_officials(body, [span(body, name, etype, sector="COP" if etype == "ORG" else None)])
    assert rows(body, got) == [(name, "IDN", sector, etype)]


def test_an_office_in_another_sentence_or_a_place_is_not_taken() -> None:
    body = "Ketua KPK hadir. Ade Yasin meninjau banjir di Lhokseumawe."
    spans = [span(body, "Ade Yasin", "PERSON"), span(body, "Lhokseumawe", "GPE")]
    assert rows(body, actors.domestic_officials(body, spans)) == [
        ("Ade Yasin", None, None, "PERSON"), ("Lhokseumawe", None, None, "GPE")]
    body = "Gubernur Jake Sullivan tiba."
    assert rows(body, actors.domestic_officials(body, [span(body, "Jake Sullivan", "PERSON", "USA")])) == [
        ("Jake Sullivan", "USA", None, "PERSON")]  # a known country stays


def test_an_office_before_a_verb_belongs_to_someone_else() -> None:
    body = "Kapolri menerima kunjungan John Smith di Mabes Polri."
    got = actors.domestic_officials(body, [span(body, "John Smith", "PERSON")])
    assert rows(body, got) == [("John Smith", None, None, "PERSON")]
    body = "Kapolres Metro Jakarta Selatan Budi Santoso menerima kunjungan itu."  # the office, its unit, the name
    got = actors.domestic_officials(body, [span(body, "Budi Santoso", "PERSON")])
    assert rows(body, got) == [("Budi Santoso", "IDN", "COP", "PERSON")]


# ---- groups and the article's country ------------------------------------------------------------------------


def test_role_phrases_outside_names_are_uncoded_groups() -> None:
    body = "Penasihat oposisi ditangkap aparat keamanan di depan kantor Polda Bali."
    taken = [span(body, "Polda Bali", "ORG", "IDN", "COP")]
    got = rows(body, actors.role_spans(body, taken))
    assert got == [("Penasihat oposisi", None, "OPP", "ROLE"), ("aparat keamanan", None, "COP", "ROLE")]


def test_home_country() -> None:
    iran, idn = span("Iran", "Iran", "GPE", "IRN"), span("Jakarta", "Jakarta", "GPE", "IDN")
    reuters = span("Reuters", "Reuters", "ORG", "GBR", "MED")
    assert actors.home_country([]) == "IDN"
    assert actors.home_country([iran]) == "IDN"  # one mention is not enough
    assert actors.home_country([iran, iran]) == "IRN"
    assert actors.home_country([iran, iran, idn, idn]) == "IDN"  # and it must outnumber Indonesia
    assert actors.home_country([reuters] * 3) == "IDN"  # outlets only report


def test_actor_spans_on_real_articles() -> None:
    """The whole entities stage, then actors: Indonesian offices are Indonesian only in news about Indonesia."""
    def spans_of(text: str) -> tuple[list[tuple[str, str | None, str | None, str]], str]:
        art = process(RawDoc(("Jakarta - Berita.\n\n" + text).encode(), published="2023-01-10"))
        found, home = actors.actor_spans(art)
        return rows(art.body, found), home

    got, home = spans_of("Kapolri Listyo Sigit Prabowo memerintahkan jajarannya menindak tegas pelaku.")
    assert home == "IDN" and ("Kapolri Listyo Sigit Prabowo", "IDN", "COP", "PERSON") in got
    got, home = spans_of("Presiden Iran Ebrahim Raisi bertemu Wakil Gubernur Golestan. Iran mengecam Israel. "
                         "Teheran menolak tuduhan itu.")
    assert home == "IRN"
    assert ("Presiden Iran Ebrahim Raisi", "IRN", "GOV", "PERSON") in got
    assert ("Gubernur", None, "GOV", "ROLE") in got  # not Indonesia's
    assert ("Teheran", "IRN", None, "GPE") in got


def test_role_phrases_match_as_the_alternation_did() -> None:
    """The one-pass phrase matcher finds what `\\b(?i:role|...)\\b` finds: leftmost, longest, whole words."""
    import re

    from warta.annotate.phrases import PhraseMatcher

    phrases = ["ketua", "ketua dprd", "wakil ketua dprd", "juru bicara", "menteri"]
    alternation = re.compile(r"\b(?i:" + "|".join(sorted(map(re.escape, phrases), key=len, reverse=True)) + r")\b")
    text = ("Wakil Ketua DPRD Jabar dan juru  bicara polisi bertemu para menteri; kementerian, menterinya, "
            "anti-menteri dan Ketua DPRD2 datang. Juru bicara")
    assert list(PhraseMatcher(phrases).finditer(text)) == [m.span() for m in alternation.finditer(text)]
    assert [text[a:b] for a, b in PhraseMatcher(phrases).finditer(text)] == [
        "Wakil Ketua DPRD", "menteri", "menteri", "Ketua", "Juru bicara"]


def test_an_office_named_alone_is_its_holder() -> None:
    from warta import RawDoc, process
    from warta.annotate.offices import holder, office_key

    assert holder(office_key("Presiden RI") or "", "2017-03-11").name == "Joko Widodo"  # type: ignore[union-attr]
    assert holder("presiden", "2025-01-01").name == "Prabowo Subianto"  # type: ignore[union-attr]
    assert holder("presiden", None) is None and office_key("Gubernur") is None
    text = "Presiden meminta para menteri mempercepat penyaluran bantuan sosial di Jakarta, Senin (4/5/2020)."
    src = process(RawDoc(text, kind="text", published="2020-05-04")).events[0].source
    assert (src.entity_id, src.country, src.sector) == ("per:joko-widodo", "IDN", "GOV")
    text = "Presiden Susilo Bambang Yudhoyono tiba di Bogor. Presiden kemudian mengecam aksi teror itu."
    events = process(RawDoc(text, kind="text", published="2020-05-04")).events  # the article's own holder wins
    assert {e.source.entity_id for e in events if e.type == "ACCUSE"} == {"per:susilo-bambang-yudhoyono"}
