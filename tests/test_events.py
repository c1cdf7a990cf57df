"""Event coding: lexicon, modality, actors and the seed article's events."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import pytest

from warta import RawDoc, process
from warta.annotate import event_lexicon
from warta.annotate.event_lexicon import WORD, find_triggers, load_lexicon, parse_lexicon
from warta.annotate.modality import modality
from warta.eval.events import annotation, load_gold, score
from warta.model import Article, Event


def words(text: str) -> list[str]:
    return [w.lower() for w in WORD.findall(text)]


def trigger_types(text: str) -> list[tuple[str, str]]:
    ws = words(text)
    return [(" ".join(ws[t.first:t.last + 1]), t.predicate.type) for t in find_triggers(ws)]


def test_lexicon_covers_the_issue_predicates() -> None:
    forms = {" ".join(p.form) for p in load_lexicon()}
    for verb in ("mengingatkan", "memperingatkan", "mengancam", "berkunjung", "bertemu", "membahas",
                 "memasok senjata", "menjatuhkan sanksi", "membekukan", "menyerang", "mengecam", "menuduh",
                 "menolak", "menandatangani", "sepakat", "berunding", "berdemonstrasi"):
        assert verb in forms, verb


def test_gap_and_longest_match() -> None:
    assert trigger_types("Iran memasok 500 pucuk senjata ke Suriah.") == [("memasok 500 pucuk senjata", "AID")]
    assert trigger_types("Jepang menjatuhkan sanksi baru.") == [("menjatuhkan sanksi", "SANCTION")]
    assert trigger_types("Harga beras naik lagi.") == []


def test_malformed_lexicon_line_is_named() -> None:
    with pytest.raises(ValueError, match="mine.tsv:2"):
        parse_lexicon("ok\tAGREE\t\t03\tactive\nbroken line", "mine.tsv")


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    ("Kim akan berkunjung ke Rusia.", "berkunjung", "planned"),
    ("Kim berencana berkunjung ke Rusia.", "berkunjung", "planned"),
    ("Kim berkunjung ke Rusia pekan depan.", "berkunjung", "planned"),
    ("Mereka kemungkinan membahas pasokan senjata.", "membahas", "possible"),
    ("Jika tetap bersikeras, Korut akan membayar harga tinggi.", "membayar", "possible"),
    ("Pyongyang tak pernah melakukan kesepakatan senjata.", "kesepakatan", "denied"),
    ("Korut tidak akan menyerang Guam.", "menyerang", "denied"),
    ("Korut membantah telah memasok senjata.", "memasok", "denied"),
    ("Korut diingatkan agar tak memasok senjata.", "memasok", "possible"),
    ("Kim bertemu Putin di Vladivostok.", "bertemu", "asserted"),
    ("Namun menurut Alex, KPK tak dapat mengusut kasus ini.", "mengusut", "denied"),
    ("KPK dapat mengusut kasus ini.", "mengusut", "possible"),
    ("Zulkifli Hasan tak menyangkal, dirinya bertemu dengan Presiden Joko Widodo.", "bertemu", "asserted"),
    ("Tidak hanya ditetapkan sebagai tersangka, Alfian juga ditahan.", "ditetapkan", "asserted"),
])
def test_modality(text: str, trigger: str, expected: str) -> None:
    ws = words(text)
    i = ws.index(trigger)
    assert modality(ws, i, i) == expected


def coded(text: str, published: str = "2023-09-06") -> list[Event]:
    return process(RawDoc(text, source="t.txt", kind="text", published=published)).events


def find(events: list[Event], etype: str, src: str, tgt: str | None) -> list[Event]:
    return [e for e in events if e.type == etype and e.source.country == src
            and (e.target.country if e.target else None) == tgt]


def test_active_sentence_with_role_actor() -> None:
    events = coded("Menteri Luar Negeri Jepang mengecam Korea Utara atas peluncuran rudal itu.")
    hit = find(events, "ACCUSE", "JPN", "PRK")
    assert hit and hit[0].source.sector == "GOV" and hit[0].modality == "asserted"


def test_passive_agent_after_oleh() -> None:
    events = coded("Korea Utara dikecam oleh Jepang karena uji coba rudal.")
    assert find(events, "ACCUSE", "JPN", "PRK")


def test_no_event_without_actors() -> None:
    assert coded("Harga cabai di pasar naik dan warga menolak membeli.") == []


def test_event_date_from_the_sentence() -> None:
    events = coded("Jepang menjatuhkan sanksi terhadap Korea Utara pada Selasa (5/9/2023).")
    hit = find(events, "SANCTION", "JPN", "PRK")
    assert hit and hit[0].date == "2023-09-05"


def test_gold_set_is_split_and_scores() -> None:
    gold = load_gold()
    assert len(gold) >= 100 and {g.split for g in gold} == {"dev", "test"}
    assert sum(1 for g in gold if not g.events) >= 20  # negatives keep precision honest
    s = score(gold[:15])
    assert s.sentences == 15 and s.prf["type"].tp + s.prf["type"].fn > 0


def seed_events(article: Article, etype: str, src: str, tgt: str | None) -> list[Event]:
    return find(article.events, etype, src, tgt)


def test_seed_usa_threatens_prk(seed_article: Article) -> None:
    hits = seed_events(seed_article, "THREATEN", "USA", "PRK")
    assert any(e.modality == "asserted" and e.date == "2023-09-05" for e in hits)


def test_seed_kim_plans_visit(seed_article: Article) -> None:
    hits = seed_events(seed_article, "CONSULT", "PRK", "RUS")
    assert any(e.mode == "visit" and e.modality == "planned" for e in hits)


def test_seed_shoigu_visited_pyongyang(seed_article: Article) -> None:
    hits = seed_events(seed_article, "CONSULT", "RUS", "PRK")
    assert any(e.mode == "visit" and e.modality == "asserted" and e.date == "2023-07"
               and e.source.sector == "MIL" for e in hits)


def test_seed_arms_supply_possible_and_denied(seed_article: Article) -> None:
    hits = [e for e in seed_events(seed_article, "AID", "PRK", "RUS") if e.mode == "military"]
    assert {"possible", "denied"} <= {e.modality for e in hits}
    denied = [e for e in hits if e.modality == "denied"]
    assert denied[0].reported_by and "Korut" in denied[0].reported_by


def test_seed_usa_sanctions_russia(seed_article: Article) -> None:
    hits = seed_events(seed_article, "SANCTION", "USA", "RUS")
    assert hits and hits[0].trigger and hits[0].trigger.lower() == "membekukan"


def pairs(events: list[Event]) -> set[tuple[str, str | None, str | None]]:
    return {(e.type, e.source.country, e.target.country if e.target else None) for e in events}


def test_capital_stands_for_its_government() -> None:
    assert ("ACCUSE", "CHN", "JPN") in pairs(coded("Beijing mengecam Tokyo atas kunjungan itu."))


def test_event_noun_needs_an_owner_or_a_light_verb() -> None:
    assert not [e for e in coded("Jepang dan Jerman menggeser Inggris dalam daftar kunjungan terbanyak ke Indonesia.")
                if e.type == "CONSULT"]
    assert ("CONSULT", "JPN", "KOR") in pairs(coded("Jepang akan melakukan kunjungan kenegaraan ke Korea Selatan."))


def test_object_of_a_verb_is_not_the_next_subject() -> None:
    events = coded("Presiden Joko Widodo akan meninggalkan Bangladesh untuk melanjutkan kunjungan ke Afghanistan.")
    assert ("CONSULT", "IDN", "AFG") in pairs(events) and ("CONSULT", "BGD", "AFG") not in pairs(events)


def test_relative_clause_has_its_own_subject() -> None:
    events = coded("Amerika Serikat akan membidik individu yang mendukung program rudal Korea Utara.")
    assert ("SUPPORT", "USA", "PRK") not in pairs(events)


def test_sport_reports_are_not_wars() -> None:
    assert coded("Serangan demi serangan Indonesia mampu menekan Malaysia dalam laga itu.") == []


def test_fronted_participle_takes_the_main_subject() -> None:
    events = coded("Bekerja sama dengan Prancis, Amerika Serikat menggarap sepeda motor militer.")
    assert ("COOPERATE", "USA", "FRA") in pairs(events)


def test_role_only_target_is_domestic() -> None:
    assert ("COERCE", "KEN", "KEN") in pairs(coded("Pemerintah Kenya menangkap penasihat oposisi pada Senin."))


def test_listed_sources_all_act() -> None:
    events = coded("Arab Saudi dan sejumlah negara seperti Bahrain dan Mesir memutus hubungan diplomatik dengan Qatar.")
    assert {("SANCTION", c, "QAT") for c in ("SAU", "BHR", "EGY")} <= pairs(events)


def test_person_from_a_country() -> None:
    events = coded("Angela Merkel dari Jerman memberikan dukungan kepada Spanyol.")
    assert ("SUPPORT", "DEU", "ESP") in pairs(events)


def test_confidence_orders_targeted_verbs_above_targetless_ones() -> None:
    targeted = coded("Jepang mengecam Korea Utara atas peluncuran rudal.")
    targetless = coded("Polisi Prancis menyelidiki insiden penabrakan itu.")
    assert targeted and targetless
    assert max(e.confidence or 0 for e in targeted) > max(e.confidence or 0 for e in targetless)


def test_calibration_counts_every_prediction() -> None:
    s = score(load_gold()[:40])
    assert sum(n for _, n in s.calibration.values()) == s.prf["type"].tp + s.prf["type"].fp


def test_passives_are_derived_from_active_verbs() -> None:
    forms = {" ".join(p.form): p.voice for p in load_lexicon()}
    assert forms["dikecam"] == "passive" and forms["ditangkap"] == "passive" and forms["diserang"] == "passive"
    assert ("ACCUSE", "JPN", "PRK") in pairs(coded("Korea Utara dikritisi oleh Jepang karena uji coba rudal."))


def test_possessive_suffix_still_triggers() -> None:
    assert trigger_types("PBB memberikan bantuannya kepada Myanmar.") == [("memberikan bantuannya", "AID")]


def test_target_stays_in_the_trigger_clause() -> None:
    events = coded("Perdana Menteri Israel mengecam rencana sejumlah negara untuk membawa resolusi ke PBB.")
    assert ("ACCUSE", "ISR", "UNO") not in pairs(events)


def test_place_apposition_is_not_an_actor() -> None:
    events = coded("Nadir dijemput di Bandara Juanda, Surabaya, Jawa Timur setelah dideportasi oleh otoritas Turki.")
    assert ("COERCE", "TUR", "IDN") not in pairs(events)


def test_target_must_be_an_argument_of_the_trigger() -> None:
    # Korea Selatan only sits in a later phrase of the sentence: no one to blame there.
    far = coded("Jepang mengecam keputusan itu dalam rapat tahunan mengenai kerja sama ekonomi Korea Selatan.")
    assert pairs(far) == {("ACCUSE", "JPN", None)}
    # The object of the verb's own preposition is its target.
    assert ("SANCTION", "USA", "PRK") in pairs(coded("Amerika Serikat menjatuhkan sanksi baru kepada Korea Utara."))
    assert ("AID", "RUS", "SYR") in pairs(coded("Rusia mengirim bantuan kemanusiaan ke Suriah bersama kapal dari Turki."))


def test_indonesian_office_gives_idn() -> None:
    assert ("ACCUSE", "IDN", "ISR") in pairs(coded("Wakil Presiden Jusuf Kalla mengecam Israel."))
    assert ("CONSULT", "IDN", "MYS") in pairs(coded("Kapolri Tito Karnavian bertemu Kepala Kepolisian Malaysia di Jakarta."))
    assert ("CONSULT", "IDN", "JPN") in pairs(coded("Menteri Keuangan Sri Mulyani bertemu Menteri Keuangan Jepang."))


def test_everyday_senses_are_not_events() -> None:
    assert trigger_types("Westbrook menyumbang 8 assist untuk kemenangan timnya.") == []
    assert trigger_types("Happy pun menampik kabar itu.") == []
    assert trigger_types("KPK menggeledah rumah dinas gubernur.") == [("menggeledah", "COERCE")]


def test_where_is_not_who() -> None:
    # A place after "di" is where the arrest happened, not who made it.
    assert coded("Nelly ditahan di Washington pada Sabtu (7/10) kemarin.") == []
    # A city or province does not act; its regional office does.
    assert coded("Petugas pemadam kebakaran Jakarta Timur mengerahkan 9 unit mobil pemadam.") == []
    events = coded("Turis warga negara Amerika diamankan BNNP Bali saat mengambil paket narkoba.")
    assert [e.source.name for e in events if e.type == "COERCE"] == ["BNNP Bali"]


def test_the_outlet_that_reports_does_not_act() -> None:
    events = coded("Dilaporkan Reuters, polisi India menahan empat orang peretas.")
    assert {e.source.country for e in events if e.type == "COERCE"} == {"IND"}


def test_sport_article_codes_nothing_throughout() -> None:
    text = ("Liga Inggris kembali bergulir dengan laga seru. Pelatih Chelsea memuji pemain muda di klub itu.\n\n"
            "Pada musim 1981, Liam Brady dari Irlandia mengeksekusi tendangan penalti ke gawang Catanzaro.")
    assert coded(text) == []


def test_criminal_procedure_is_coded() -> None:
    events = coded("Komisi Pemberantasan Korupsi menetapkan Bupati Zumi Zola sebagai tersangka.")
    assert ("ACCUSE", "IDN", "IDN") in pairs(events)
    # With no agent named, the case is with the authority mentioned before.
    events = coded("KPK menggeledah rumah dinas gubernur. Gubernur Jambi Zumi Zola ditetapkan sebagai tersangka.")
    assert [e.source.name for e in events if e.type == "ACCUSE"] == ["Komisi Pemberantasan Korupsi"]


def test_what_a_request_asks_for_is_not_done() -> None:
    # Only the request is an event; the questioning it asks for has not happened.
    events = coded("Wakil Ketua DPR Fadli Zon meminta KPK menunda memeriksa Setya Novanto.")
    assert [e.type for e in events] == ["REQUEST"]
    events = coded("Komisi Perlindungan Anak Indonesia (KPAI) meminta polisi mengusut orang dewasa yang terlibat.")
    assert [(e.type, e.source.country, e.target and e.target.sector) for e in events] == [("REQUEST", "IDN", "COP")]
    events = coded("Ketua Umum PDI Perjuangan Megawati Soekarnoputri mengharapkan pihak kepolisian menindak tegas "
                   "penyebar berita bohong.")
    assert [(e.type, e.source.country, e.target and e.target.country) for e in events] == [("REQUEST", "IDN", "IDN")]


def test_agencies_of_one_state_working_together_is_no_event() -> None:
    assert coded("Polisi pun berkoordinasi dengan Reskrim Polres Lhokseumawe dan Kejaksaan Negeri Lhoksukon.") == []
    assert ("COOPERATE", "IDN", "AUS") in pairs(coded("Polri bekerja sama dengan Kepolisian Federal Australia."))


def test_shipped_lexicon_lists_each_form_once() -> None:
    text = (resources.files("warta") / "resources" / "events" / "predicates.tsv").read_text(encoding="utf-8")
    forms = [p.form for p in parse_lexicon(text)]
    assert len(forms) == len(set(forms))


def test_user_lexicon_extends_and_overrides(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    mine = tmp_path / "mine.tsv"
    mine.write_text("mengeksekusi\tCOERCE\t\t17\tactive\nmenyambangi markas\tPROTEST\tdemo\t14\tactive\n"
                    "mengecam keras\tNONE\t\t\tactive\n", encoding="utf-8")
    monkeypatch.setenv("WARTA_EVENT_LEXICON", str(mine))
    event_lexicon.reload()
    try:
        assert trigger_types("Polisi mengeksekusi terpidana.") == [("mengeksekusi", "COERCE")]
        assert trigger_types("Buruh menyambangi markas partai.") == [("menyambangi markas", "PROTEST")]
        assert trigger_types("Indonesia mengecam keras Israel.") == []  # a NONE form blocks what it overlaps
    finally:
        monkeypatch.delenv("WARTA_EVENT_LEXICON")
        event_lexicon.reload()
    assert trigger_types("Polisi mengeksekusi terpidana.") == [("mengeksekusi", "ASSAULT")]


def test_bare_institution_acts_for_the_country_of_the_article() -> None:
    events = coded("Warga Cianjur, Jawa Barat, resah. Polisi menangkap dua pelaku pengeroyokan di Cianjur.")
    assert ("COERCE", "IDN", None) in pairs(events)
    events = coded("Kepolisian Inggris menyelidiki kasus itu di London. Polisi menggerebek rumah Paul Burrell.")
    # ... but a person of no known country it acts on is given none: only Indonesian news about
    # Indonesia is taken to be about Indonesians
    assert ("COERCE", "GBR", None) in pairs(events)


def test_a_person_acted_on_at_home_is_a_compatriot() -> None:
    events = coded("Partai Golkar telah mencabut dukungannya untuk Ridwan Kamil dalam Pemilihan Gubernur Jawa Barat.")
    assert ("SANCTION", "IDN", "IDN") in pairs(events)


def test_questioning_a_witness_is_no_investigation_of_them() -> None:
    assert coded("Komisi Pemberantasan Korupsi memeriksa Elza Syarief sebagai saksi untuk tersangka Miryam.") == []
    assert ("ACCUSE", "IDN", "IDN") in pairs(coded("Komisi Pemberantasan Korupsi memeriksa Bupati Zumi Zola."))


def test_indonesian_procedure_without_a_named_agent() -> None:
    # An arrest with no agent named in Indonesian news is Indonesia's.
    events = coded("Dua warga negara Malaysia ditangkap di Jalan Dewi Sartika, Depok, dini hari tadi.")
    assert [(e.type, e.source.country, e.source.name, e.target and e.target.country) for e in events] == [
        ("COERCE", "IDN", None, "MYS")]
    # "Penangkapan dilakukan X": X arrests; a regional police office acts for Indonesia.
    events = coded("Penangkapan dilakukan Tim Tekab 308 Polres Lampung Timur.")
    assert [(e.source.name, e.source.country, e.source.sector) for e in events] == [("Polres Lampung Timur", "IDN", "COP")]


def test_deployed_forces_mobilise() -> None:
    events = coded("Saat ini personel TNI telah dikerahkan menuju lokasi penyanderaan.")
    assert ("MOBILIZE", "IDN", None) in pairs(events)


def test_allegedly_is_a_hedge_and_a_city_is_no_target() -> None:
    assert trigger_types("Donald diringkus karena diduga menipu warga.") == [("diringkus", "COERCE")]
    events = coded("Polisi Malaysia menangkap dua pelaku pembunuhan di Pulomas, Jakarta Timur.")
    assert pairs(events) == {("COERCE", "MYS", None)}


def test_agentless_arrest_without_a_target() -> None:
    # No agent and no coded target: an arrest is still the home state's, unless it happened abroad.
    events = coded("Kedua pelaku ditangkap di Jalan Dewi Sartika, Sawangan, Depok, dini hari tadi.")
    assert [(e.type, e.source.country, e.target) for e in events] == [("COERCE", "IDN", None)]
    # A named agent the coder cannot code is not the home state.
    assert coded("Mercedes pun pernah diinvestigasi FIA atas tuduhan serupa.") == []
    # Blame is not procedure: no state stands behind an agentless "disalahkan".
    assert coded("Amerika Serikat merupakan pihak yang harus disalahkan.") == []


def test_the_speaker_of_a_passive_is_not_its_target() -> None:
    events = coded("Kapolri Jenderal Tito Karnavian menyatakan dua pelaku pembunuhan di Pulomas, Jakarta Timur, "
                   "telah ditangkap pihak kepolisian.")
    assert [(e.type, e.source.country, e.source.sector, e.target) for e in events] == [("COERCE", "IDN", "COP", None)]


def test_a_long_name_after_a_nominal_is_its_owner() -> None:
    events = coded("Kunjungan Raja Arab Saudi Salman bin Abdul Aziz al-Saud ke Indonesia pada 1-9 Maret "
                   "diupayakan tidak mengganggu kegiatan masyarakat.")
    assert ("CONSULT", "SAU", "IDN") in pairs(events)
    assert all(e.target and e.target.country != "SAU" for e in events)


def test_police_procedure_in_crime_reports() -> None:
    # A district police office named in full acts for Indonesia.
    events = coded("Kepolisian Resor Jember melalui anggota Kepolisian Sektor Sukowono menangkap tiga pelaku.")
    assert [(e.type, e.source.country, e.source.sector) for e in events] == [("COERCE", "IDN", "COP")]
    # "yakni AG" names who was arrested; it is not the one arresting.
    events = coded('"Ketiga pelaku yang ditangkap yakni AG (45) warga Kecamatan Kaliwates," kata Kapolsek '
                   'Sukowono AKP Hardjito.')
    assert [(e.type, e.source.country) for e in events] == [("COERCE", "IDN")]
    # Adverbs between a bare "polisi" and its verb; suspects questioned along with witnesses.
    events = coded("Kini polisi masih terus memeriksa para pelaku dan saksi-saksi.")
    assert [(e.type, e.mode, e.source.country) for e in events] == [("ACCUSE", "investigate", "IDN")]


def test_reflexive_and_unattributed_passives() -> None:
    # "membubarkan diri" is dispersing, not dispersing someone.
    assert coded("Massa yang sebelumnya melempari batu ke arah aparat sudah membubarkan diri.") == []
    # An agentless killing is not the speaker's.
    assert coded('"Ada warga dibunuh di kampung itu," kata Menteri Luar Negeri Retno Marsudi.') == []
    # An agentless arrest needs an article about a case before the home state is taken to make it.
    assert coded("Sayang sekali resolusi video maksimum yang bisa ditangkap hanya 1080p.") == []


def test_a_visit_to_a_city_is_a_visit_to_its_country() -> None:
    events = coded("Raja Swedia, Carl XVI Gustaf, melakukan kunjungan ke Bandung pada akhir Mei lalu.")
    assert ("CONSULT", "SWE", "IDN") in pairs(events)
    events = coded("Setibanya di Kabul, Afghanistan, Presiden Jokowi dan Ibu Iriana akan melakukan kunjungan "
                   "kenegaraan ke Istana Presiden Arg.")
    assert ("CONSULT", "IDN", "AFG") in pairs(events)
    # a domestic trip is no event
    assert coded("Presiden Joko Widodo melakukan kunjungan kerja ke Bandung.") == []


def test_a_currency_names_no_actor() -> None:
    events = coded("Bank Dunia menyetujui pendanaan sebesar US$ 450 juta (asumsi kurs Rp 13.000 per dolar AS) untuk "
                   "mendukung upaya pemerintah Indonesia memperluas akses perumahan.")
    assert all(e.source.country != "USA" for e in events)


def test_the_name_after_an_arrest_noun_is_the_one_arrested() -> None:
    events = coded("Polres Lombok Barat menangkap seorang pria. Penangkapan Bupati Gatot dilakukan berdasarkan "
                   "informasi masyarakat.")
    assert ("COERCE", "IDN", "IDN") in pairs(events)
    assert all(e.source.name != "Gatot" for e in events)
    # a private person arrested is no political target
    events = coded("Polres Lombok Barat menangkap seorang pria. Penangkapan Gatot dilakukan berdasarkan informasi "
                   "masyarakat.")
    assert ("COERCE", "IDN", None) in pairs(events) and all(e.source.name != "Gatot" for e in events)
    # a name behind a comma or a verb owns nothing
    assert coded("Penangkapan tersebut dibenarkan Kasat Narkoba Polrestabes Surabaya AKBP Donny Adityawarman.") == []


def test_a_regional_office_behind_its_investigators_acts() -> None:
    events = coded("Andi Faisal tengah diperiksa penyidik Satreskoba Polrestabes Surabaya.")
    assert [(e.type, e.source.country, e.source.sector) for e in events] == [("ACCUSE", "IDN", "COP")]
    events = coded("Tiga remaja diciduk Polsek Kebayoran Baru di Kramat Pela, Jakarta Selatan.")
    assert [(e.type, e.source.country, e.source.sector) for e in events] == [("COERCE", "IDN", "COP")]


def test_everyday_words_that_look_like_events() -> None:
    # "Menyoal" opens a topic ("regarding"); "UN" is the national exam; a verbal attack is criticism.
    assert coded("Menyoal langkah politik Perindo, Fadli melihat ada upaya penyalahgunaan kekuasaan.") == []
    assert coded("Meski usulan penghapusan UN ditolak, Menteri Pendidikan Muhadjir Effendy yakin tender UN "
                 "berjalan baik.") == []
    assert [e.type for e in coded("Presiden Amerika Serikat Donald Trump melancarkan serangan verbal terhadap "
                                  "Korea Utara.")] == ["ACCUSE"]


def test_news_outlets_are_not_the_story() -> None:
    # "Diberitakan Reuters, Aaron ...": the person does not take the outlet's country.
    events = coded("Diberitakan Reuters, Aaron ditangkap polisi pada Sabtu (15/7) lalu.")
    assert all(e.target is None or e.target.country != "GBR" for e in events)
    # A trophy won is not territory taken.
    assert coded("Penyanyi Kanada Shawn Mendes merebut trofi pendatang baru terbaik.") == []


def test_business_between_companies_is_no_event() -> None:
    assert coded("PT Krakatau Steel juga sudah bekerja sama dengan perusahaan Jepang, Sango Corporation.") == []


def test_forms_that_are_never_events() -> None:
    assert coded("Isi fatwa MA yang ditandatangani Ketua MA Hatta Ali itu adalah MA tidak memberikan tafsir.") == []
    assert coded("Presiden Joko Widodo bersama Wakil Presiden Jusuf Kalla memperingati Hari Pahlawan.") == []
    assert [e.type for e in coded("China telah memperingati AS mengenai kunjungan pemerintah Taiwan.")] == ["THREATEN"]
    # leaving a post is a resignation ("mundur dari" an agreement stays a rejection)
    assert [(e.type, e.mode) for e in coded("Ketua DPR Setya Novanto memilih mundur dari jabatan Ketua DPR.")] == [
        ("CONCEDE", "resign")]


def test_an_agentless_attack_is_not_the_speakers() -> None:
    assert coded('Kapolres Jayapura Kota dan ajudannya dianiaya saat berupaya menenangkan massa, kata Kabid Humas '
                 'Polda Papua Kombes Ahmad Kamal.') == []
    assert coded("Akan tetapi, majelis hakim memvonis bebas pada 27 Desember 2016.") == []


def test_not_expecting_and_arrests_abroad() -> None:
    assert coded('"Hawai Waterpark Malang tidak menduga kejadian ini bisa terjadi," kata manajer.') == []
    # an authority named earlier in the article did not make an arrest abroad
    assert [e.type for e in coded("Kepolisian Negara Republik Indonesia menangkap tersangka. "
                                  "Ia mulai ditangkap di Kolombia, sampai sekarang.")] == ["COERCE"]


def test_agreement_between_two_annotations(tmp_path: Path) -> None:
    def line(sid: str, target: str | None) -> str:
        event = {"type": "COERCE", "mode": "arrest", "source": "IDN COP", "target": target, "modality": "asserted"}
        return json.dumps({"id": sid, "split": "dev", "text": "Polisi menangkap dua pelaku.", "events": [event]})
    gold, second = tmp_path / "gold.jsonl", tmp_path / "second.jsonl"
    gold.write_text(line("a#1", None) + "\n" + line("a#2", "IDN") + "\n", encoding="utf-8")
    second.write_text(line("a#1", None) + "\n" + line("a#2", None) + "\n", encoding="utf-8")
    scores = score(load_gold(gold), predict=annotation(load_gold(second)))
    assert (scores.prf["type"].precision, scores.prf["type"].recall) == (1.0, 1.0)
    assert (scores.prf["type+actor+target"].tp, scores.prf["type+actor+target"].fp) == (1, 1)


def test_indonesian_offices_abroad_are_not_indonesian() -> None:
    # In an article about Iran, "Wakil Gubernur Golestan" is Iran's.
    text = ("Iran menahan ratusan demonstran. Pemerintah Iran menyebut kerusuhan telah reda. "
            'Wakil Gubernur Golestan mengatakan, "Sekitar 150 gerilyawan di Gorgan ditangkap."')
    assert all(e.source.country != "IDN" for e in coded(text))
    assert coded('"Kita akan bentuk Satgas untuk menindak lanjuti kebutuhan transportasi," kata Kapolda.') == []


def test_a_crime_named_after_a_role_is_no_event() -> None:
    # "pelaku pembunuhan" names who is arrested; the murder is not an act of the police.
    events = coded("Polisi menangkap dua pelaku pembunuhan di Pulomas.")
    assert [e.type for e in events] == ["COERCE"]
    assert [e.type for e in coded("Polisi menyelidiki pembunuhan oleh kelompok bersenjata di Papua.")] == ["ACCUSE"]


def test_in_a_corruption_case_the_state_acts_on_its_officials() -> None:
    text = ("KPK menetapkan Gubernur Jambi sebagai tersangka kasus suap proyek jalan. "
            "Dalam penggeledahan itu KPK menyita dokumen dan uang tunai.")
    seized = [e for e in coded(text) if e.trigger == "menyita"]
    assert [(e.source.country, e.target.country if e.target else None) for e in seized] == [("IDN", "IDN")]
    # The same seizure in a drug case stays without a political target.
    drugs = coded("Polisi menggerebek sebuah rumah di Medan. Dalam penggeledahan itu polisi menyita sabu.")
    assert [e.target for e in drugs if e.trigger == "menyita"] == [None]


def test_a_party_nominating_a_candidate_supports_them() -> None:
    events = coded("Partai Gerindra mengusung Prabowo Subianto sebagai calon presiden.")
    assert [(e.type, e.source.country, e.target.country if e.target else None) for e in events] == \
        [("SUPPORT", "IDN", "IDN")]


def test_only_reciprocal_verbs_pair_their_coordinated_subjects() -> None:
    met = coded("Kim Jong Un dan Vladimir Putin bertemu di Vladivostok.")
    assert find(met, "CONSULT", "PRK", "RUS")
    # two visitors, not one visiting the other
    visit = coded("Gubernur Anies Baswedan dan Wakil Gubernur Sandiaga Uno mengunjungi Klenteng Cin Tek Yen.")
    assert not [e for e in visit if e.target and e.target.name == "Sandiaga Uno"]


def test_securing_an_event_is_no_arrest() -> None:
    assert trigger_types("Polisi akan mengamankan kegiatan berlibur Perdana Menteri Malaysia.") == []
    assert trigger_types("Polisi mengamankan dua orang pelaku.") == [("mengamankan", "COERCE")]


def test_a_request_reaches_its_addressee_after_agar_or_a_pause() -> None:
    events = coded("Ketua KPK mengimbau agar Partai Golkar segera menyerahkan laporan keuangannya.")
    assert find(events, "REQUEST", "IDN", "IDN")
    events = coded("Hakim juga memerintahkan, KPK harus menghentikan penyidikan kasus itu.")
    assert find(events, "REQUEST", "IDN", "IDN")


def test_a_passive_agent_after_a_unit_word_acts() -> None:
    events = coded("Adik ipar pelaku bom ditangkap Tim Densus 88 Antiteror di Garut, Jawa Barat.")
    assert [(e.type, e.source.name) for e in events] == [("COERCE", "Densus 88")]


def test_a_guilty_verdict_is_a_sentence_passed_and_a_plea_of_innocence_is_not() -> None:
    assert trigger_types("Majelis hakim menyatakan Buni Yani terbukti bersalah.") == \
        [("menyatakan buni yani terbukti bersalah", "COERCE")]
    assert trigger_types("Siti menyatakan tidak bersalah dalam kasus itu.") == []


def test_an_appeal_to_the_public_targets_civilians_of_the_same_country() -> None:
    events = coded("Kementerian Pertahanan Sipil Selandia Baru meminta warga di pesisir untuk mengungsi.")
    assert [(e.type, e.source.country, e.target.country, e.target.sector) for e in events if e.target] == \
        [("REQUEST", "NZL", "NZL", "CVL")]


def test_an_actor_inside_a_relative_clause_is_not_the_subject() -> None:
    text = ("Majelis Hakim Pengadilan Negeri Bandung yang dipimpin hakim ketua M Saptono, "
            "menyatakan Buni Yani terbukti bersalah.")
    assert [(e.type, e.source.name) for e in coded(text)] == [("COERCE", "Majelis Hakim Pengadilan Negeri Bandung")]


def test_indonesian_offices_named_alone_are_indonesian_targets() -> None:
    events = coded('"Saya minta kepada Bapak Gubernur untuk lebih tegas," kata Ketua DPRD DKI Jakarta Prasetyo Edi Marsudi.')
    assert find(events, "REQUEST", "IDN", "IDN")
    # an office holder of no known country who acts on the state is of the article's country
    events = coded("Ketua Kode Inisiatif Veri Junaidi mendesak Mahkamah Konstitusi segera memutuskan uji materi.")
    assert find(events, "REQUEST", "IDN", "IDN")


def test_a_law_named_after_the_government_is_no_actor() -> None:
    events = coded("Mereka membahas Peraturan Pemerintah Pengganti Undang-Undang tentang Organisasi Kemasyarakatan.")
    assert not [e for e in events if e.target is not None]
    assert trigger_types("Terdakwa bersikap sopan dan belum pernah dihukum.") == []


def test_what_a_protest_is_against_is_not_a_second_event() -> None:
    events = coded("Puluhan ribu demonstran Prancis turun aksi menentang reformasi ekonomi Presiden Emmanuel Macron.")
    assert [e.type for e in events] == ["PROTEST"]


def test_bare_verbs_of_speech_and_headlines() -> None:
    assert trigger_types("Kami tangkap dua pelaku di apartemen itu.") == [("tangkap", "COERCE")]
    assert trigger_types("Susi melarang penggunaan alat tangkap cantrang.") == [("melarang", "COERCE")]
    assert trigger_types("Kritik bagaikan vitamin bagi demokrasi.") == []


def test_a_prosecutors_demand_for_a_sentence_is_an_accusation() -> None:
    assert trigger_types("La Nyalla dituntut enam tahun penjara oleh jaksa penuntut umum.") == \
        [("dituntut enam tahun penjara", "ACCUSE")]
    assert trigger_types("Majelis hakim menggelar sidang agenda tuntutan terhadap terdakwa Basuki.") == \
        [("agenda tuntutan", "ACCUSE")]


def test_a_protest_with_no_one_named_is_by_the_civilians_of_its_place_or_owner() -> None:
    events = coded("Seorang warga terluka dalam demonstrasi anti-pemerintah di Kabul, Afghanistan, pada Jumat.")
    assert [(e.type, e.source.country, e.source.sector, e.target.country if e.target else None)
            for e in events] == [("PROTEST", "AFG", "CVL", "AFG")]
    assert [(e.source.country) for e in coded("Aksi mogok makan tahanan Palestina di Israel dimulai pada 17 April.")
            if e.type == "PROTEST"] == ["PSE"]
    assert coded("Sebuah mobil mogok di jalan tol Cikampek pada Senin.") == []
