"""Who said it (warta/annotate/quote_speakers.py): a cue's speaker phrase into name, role and entity,
on the shapes Indonesian news gives it: titles and ranks before the name, names glued to the
organisation they lead, descriptions, pronouns, and earlier persons for "katanya" and surnames."""

from __future__ import annotations

import pytest
from test_quotes import quotes_of  # the quotes stage on a text alone (no entities, no dates)

from warta.annotate import quote_speakers as spk
from warta.annotate.overlap import SpanIndex
from warta.model import DateExpr, Entity, Speaker


def read(phrase: str, mentions: list[tuple[int, int, Entity]] | None = None) -> spk.Parsed:
    return spk.parse(phrase, 0, mentions or [])


def mention(phrase: str, text: str, etype: str, eid: str, name: str, roles: list[str] | None = None) -> tuple[
        int, int, Entity]:
    start = phrase.index(text)
    return start, start + len(text), Entity(eid, etype, name, roles=roles or [])


def cut(sentence: str, dates: list[DateExpr] | None = None) -> str:
    """The speaker phrase `cut_phrase` reads after the cue word that follows the closing mark."""
    start = sentence.index(" ", sentence.index("” ") + 2) + 1
    a, b = spk.cut_phrase(sentence, start, len(sentence), dates or [])
    return sentence[a:b]


# ---- a phrase read from the text alone -------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "name", "role"),
    [
        ("Kapolres Lhokseumawe AKP Yasir", "Yasir", "Kapolres Lhokseumawe AKP"),
        ("Direktur Utama PT X Budi Santoso", "Budi Santoso", "Direktur Utama PT X"),
        ("Presiden Direktur PT Isuzu Astra Motor Indonesia Ernando Demily", "Ernando Demily",
         "Presiden Direktur PT Isuzu Astra Motor Indonesia"),
        ("Direktur Utama PT Bank Rakyat Indonesia Tbk Sunarso", "Sunarso", "Direktur Utama PT Bank Rakyat Indonesia Tbk"),
        ("Juru Bicara KPK Febri Diansyah", "Febri Diansyah", "Juru Bicara KPK"),
        ("juru bicara Kremlin Dmitry Peskov", "Dmitry Peskov", "juru bicara Kremlin"),
        ("Presiden Amerika Serikat Joe Biden", "Joe Biden", "Presiden Amerika Serikat"),
        ("Panglima TNI Jenderal Gatot Nurmantyo", "Gatot Nurmantyo", "Panglima TNI Jenderal"),
        ("Kabid Humas Polda Metro Jaya Kombes Raden Prabowo Argo Yuwono", "Raden Prabowo Argo Yuwono",
         "Kabid Humas Polda Metro Jaya Kombes"),
        ("Prof. Dr. Ir. Bambang Brodjonegoro", "Bambang Brodjonegoro", "Prof. Dr. Ir."),
        ("Ahmad bin Abdullah", "Ahmad bin Abdullah", None),
    ],
)
def test_titled_name_from_text(phrase: str, name: str, role: str | None) -> None:
    parsed = read(phrase)
    assert (parsed.speaker.name, parsed.speaker.role, parsed.speaker.entity_id) == (name, role, None)
    assert parsed.person and not parsed.pronoun


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("Kepala Staf Kepresidenan Moeldoko", "Moeldoko"),
        ("Menko Polhukam Mahfud MD", "Mahfud MD"),
        ("Kepala Badan Nasional Penanggulangan Bencana (BNPB) Doni Monardo", "Doni Monardo"),
        ("Juru bicara Kementerian Luar Negeri Teuku Faizasyah", "Teuku Faizasyah"),
    ],
)
def test_name_glued_to_an_office_from_text(phrase: str, name: str) -> None:
    assert read(phrase).speaker.name == name


@pytest.mark.parametrize("phrase", ["ia", "beliau", "dia pun", "Politikus PPP itu",
                                    "mantan pelatih timnas Indonesia U-23 itu"])
def test_pronouns_and_anaphoric_descriptions_point_back(phrase: str) -> None:
    parsed = read(phrase)
    assert parsed.pronoun and parsed.speaker == Speaker()


@pytest.mark.parametrize("phrase", ["Seorang pejabat Kementerian Pertahanan Korut", "Para pengamat",
                                    "sumber yang dekat dengan istana"])
def test_descriptions_are_the_name_with_no_entity(phrase: str) -> None:
    parsed = read(phrase)
    assert parsed.speaker == Speaker(phrase, None, None) and not parsed.person
    assert spk.is_description(parsed.speaker)
    assert not spk.is_description(Speaker("Budi Santoso")) and not spk.is_description(Speaker())


@pytest.mark.parametrize("phrase", [
    "Reuters", "New York Times",
    "Kementerian Luar Negeri",
])
def test_an_outlet_or_body_speaks_but_is_no_person(phrase: str) -> None:
    parsed = read(phrase)
    assert parsed.speaker.name == phrase and parsed.speaker.role is None and not parsed.person


# ---- with the entities stage's mentions ------------------------------------------------------------------


def test_a_person_mention_gives_the_canonical_name_and_id() -> None:
    phrase = "Kepala BMKG Dwikorita"
    m = mention(phrase, "Dwikorita", "PERSON", "per:dwikorita-karnawati", "Dwikorita Karnawati")
    parsed = read(phrase, [m])
    assert parsed.speaker == Speaker("Dwikorita Karnawati", "per:dwikorita-karnawati", "Kepala BMKG")
    assert parsed.person


def test_the_entitys_role_when_the_phrase_has_none() -> None:
    m = mention("Retno", "Retno", "PERSON", "per:retno-marsudi", "Retno Marsudi", roles=["Menteri Luar Negeri"])
    assert read("Retno", [m]).speaker == Speaker("Retno Marsudi", "per:retno-marsudi", "Menteri Luar Negeri")


def test_a_name_the_tagger_missed_after_an_organisation_is_read_from_text() -> None:
    phrase = "Juru Bicara KPK Febri Diansyah"
    m = mention(phrase, "KPK", "ORG", "org:kpk", "Komisi Pemberantasan Korupsi")
    parsed = read(phrase, [m])
    assert parsed.speaker == Speaker("Febri Diansyah", None, "Juru Bicara KPK") and parsed.person


def test_a_described_group_of_an_organisation_is_no_one_in_particular() -> None:
    phrase = "sejumlah pejabat Kemenlu"
    m = mention(phrase, "Kemenlu", "ORG", "org:kemenlu", "Kementerian Luar Negeri")
    parsed = read(phrase, [m])
    assert parsed.speaker == Speaker(phrase, None, None) and not parsed.person


def test_mentions_outside_the_phrase_are_ignored() -> None:
    far = (200, 211, Entity("per:joko-widodo", "PERSON", "Joko Widodo"))
    assert read("Presiden Joko Widodo", [far]).speaker == Speaker("Joko Widodo", None, "Presiden")


@pytest.mark.xfail(strict=True, reason="a person's name the tagger glued onto the company it leads "
                                       "('PT Maju Jaya Budi Santoso' as one ORG) is spoken by the company")
def test_name_glued_to_a_company_mention() -> None:
    phrase = "Direktur Utama PT Maju Jaya Budi Santoso"
    m = mention(phrase, "PT Maju Jaya Budi Santoso", "ORG", "org:pt-maju-jaya-budi-santoso", "PT Maju Jaya Budi Santoso")
    assert read(phrase, [m]).speaker.name == "Budi Santoso"


# ---- where the phrase ends ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        ("“Kami siaga,” kata Juru Bicara KPK Febri Diansyah di Jakarta.", "Juru Bicara KPK Febri Diansyah"),
        ("“Kami siaga,” ujar Bupati Bogor Ade Yasin saat ditemui di Cibinong.", "Bupati Bogor Ade Yasin"),
        ("“Kami siaga,” kata Hendri kepada kumparan.", "Hendri"),
        ("“Kami siaga,” kata Menteri Perdagangan dan Perindustrian Budi Santoso usai rapat.",
         "Menteri Perdagangan dan Perindustrian Budi Santoso"),
        ("“Kami siaga,” kata Budi dan rekannya.", "Budi"),
        ("“Kami siaga,” kata Direktur Utama PT Kereta Commuter Indonesia (KAI Commuter) Wiwik Widayanti.",
         "Direktur Utama PT Kereta Commuter Indonesia (KAI Commuter) Wiwik Widayanti"),
        ("“Kami siaga,” kata Menteri Koordinator Bidang Politik, Hukum, dan Keamanan Mahfud MD.",
         "Menteri Koordinator Bidang Politik, Hukum, dan Keamanan Mahfud MD."),
        ("“Kami siaga,” kata Prof. Dr. Emil Salim.", "Prof. Dr. Emil Salim"),
        ("“Kami siaga,” kata Budi Santoso melalui keterangan tertulis.", "Budi Santoso"),
    ],
)
def test_cut_phrase_stops_where_the_speaker_ends(sentence: str, phrase: str) -> None:
    assert cut(sentence) == phrase


def test_cut_phrase_stops_at_a_date() -> None:
    sentence = "“Kami siaga,” kata Ade Yasin Senin (3/2)."
    start = sentence.index("Senin")
    date = DateExpr("Senin (3/2)", start, start + len("Senin (3/2)"), "2020-02-03", "day")
    assert cut(sentence, [date]) == "Ade Yasin"


def test_cut_phrase_stops_before_the_outlet_it_was_taken_from() -> None:
    sentence = ("“Yakni, selama tiga bulan keduanya tidak boleh ada di desa tersebut,” ujar Kapolsek Simpang "
                "Kramat Ipda Abdul Azis seperti dilansir kantor berita Antara, Minggu (11/2).")
    assert cut(sentence) == "Kapolsek Simpang Kramat Ipda Abdul Azis"


# ---- glued names through the quotes stage ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("cue", "name", "role"),
    [
        ("kata Kapolres Lhokseumawe AKP Yasir, Senin.", "Yasir", "Kapolres Lhokseumawe AKP"),
        ("ujar Direktur Utama PT X Budi Santoso di Jakarta.", "Budi Santoso", "Direktur Utama PT X"),
        ("ujar kepala Diskar PB Bandung Ferdi Ligaswara di Bandung, Kamis.", "Ferdi Ligaswara",
         "kepala Diskar PB Bandung"),
        ("kata Manajer tim bulu tangkis Indonesia, Susy Susanti.", "Susy Susanti", None),
        pytest.param("kata pria yang menjabat Presiden Direktur PT Isuzu Astra Motor Indonesia Ernando Demily.",
                     "Ernando Demily", None, marks=pytest.mark.xfail(
                         strict=True, reason="the phrase stops at 'yang': the speaker comes out 'pria'")),
    ],
)
def test_glued_names_in_a_cue(cue: str, name: str, role: str | None) -> None:
    [q] = quotes_of(f"“Penjualan kami naik 20 persen tahun ini,” {cue}")
    assert q.speaker.name == name
    if role is not None:
        assert q.speaker.role == role


# ---- earlier persons: pronouns, surnames, offices ---------------------------------------------------------


@pytest.fixture
def people() -> spk.PersonIndex:
    index = spk.PersonIndex()
    index.add(50, Speaker("Hadi Tjahjanto", "per:hadi-tjahjanto", "Panglima TNI"))
    index.add(10, Speaker("Jake Sullivan", None, "penasihat keamanan nasional AS"))  # out of order on purpose
    index.add(90, Speaker("Retno Marsudi", None, "Menteri Luar Negeri"))
    return index


def test_person_index_latest(people: spk.PersonIndex) -> None:
    assert (people.latest(60) or Speaker()).name == "Hadi Tjahjanto"
    assert people.latest(10) is None  # strictly before
    assert (people.latest(11) or Speaker()).name == "Jake Sullivan"
    assert people.latest_at(100) == (90, Speaker("Retno Marsudi", None, "Menteri Luar Negeri"))


def test_person_index_by_role(people: spk.PersonIndex) -> None:
    assert (people.by_role("Panglima TNI", 100) or Speaker()).name == "Hadi Tjahjanto"
    assert (people.by_role("Menteri", 100) or Speaker()).name == "Retno Marsudi"  # a prefix of the role
    assert people.by_role("Panglima TNI", 40) is None  # named only later
    assert people.by_role("Kremlin", 100) is None  # not a title


def test_person_index_full_name(people: spk.PersonIndex) -> None:
    assert (people.full_name("Sullivan", 100) or Speaker()).name == "Jake Sullivan"
    assert (people.full_name("sullivan", 100) or Speaker()).name == "Jake Sullivan"
    assert people.full_name("Sullivan", 5) is None
    assert people.full_name("Jake Sullivan", 100) is None  # already the full name


@pytest.mark.parametrize(
    ("sentence", "name", "subject"),
    [
        ("Kepala Dinas Kesehatan Jawa Barat Berli Hamdani mengatakan hal itu.", "Berli Hamdani", True),
        ("Dalam rapat itu, Berli Hamdani, warga Donggala, menyatakan setuju.", "Berli Hamdani", True),
        ("Kemarin warga melapor, kata Berli Hamdani.", "Berli Hamdani", True),
        ("Ia bertemu dengan Berli Hamdani di kantor.", "Berli Hamdani", False),
        ("Dalam rapat itu hadir pula Berli Hamdani dari dinas.", "Berli Hamdani", False),
    ],
)
def test_at_subject(sentence: str, name: str, subject: bool) -> None:
    start = sentence.index(name)
    assert spk.at_subject(sentence, 0, start, start + len(name)) is subject


def test_raw_people_finds_titled_names_outside_statements() -> None:
    body = ("Ketua MPR Zulkifli Hasan menyesalkan kisruh itu pada Senin Pagi. "
            "“Kata Budi Santoso sudah benar,” ujarnya.")
    quote = body.index("“")

    class Span:
        start, end = quote, body.index("”") + 1

    found = spk.raw_people(body, SpanIndex([Span()]))
    assert [(s, p) for s, _, p in found] == [(0, Speaker("Zulkifli Hasan", None, "Ketua MPR"))]


@pytest.mark.xfail(strict=True, reason="raw_people reads 'Kementerian Luar Negeri' as a person 'Luar Negeri' "
                                       "(role 'Kementerian'), so a later 'katanya' is given to 'Luar Negeri'")
def test_a_ministry_is_not_a_raw_person() -> None:
    text = ("Juru bicara Kementerian Luar Negeri menggelar jumpa pers. "
            "“Kami akan kirim bantuan ke Gaza,” katanya.")
    assert spk.raw_people(text, SpanIndex([])) == []


@pytest.mark.xfail(strict=True, reason="raw_people keeps the rank in the name ('Marsekal Hadi Tjahjanto'), "
                                       "which parse() moves into the role")
def test_raw_people_moves_the_rank_into_the_role() -> None:
    [(_, _, person)] = spk.raw_people("Panglima TNI Marsekal Hadi Tjahjanto tiba di lokasi.", SpanIndex([]))
    assert person.name == "Hadi Tjahjanto"


@pytest.mark.xfail(strict=True, reason="a one-word name after a rank ('AKP Yasir') is no raw person, so "
                                       "'ujarnya' after it has no speaker (even through the whole pipeline)")
def test_clitic_after_a_one_word_name_with_a_rank() -> None:
    [q] = quotes_of("Kapolres Lhokseumawe AKP Yasir tiba di lokasi. “Pelaku sudah kami amankan,” ujarnya.")
    assert q.speaker.name == "Yasir"
