#!/usr/bin/env python3
"""Writes testdata/heldout/gold/*.gold.json. The annotation lives here: edit this file and rerun it
(python3 testdata/heldout/make_gold.py) rather than editing the JSON by hand."""
import json, os

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "gold")

COUNTRIES = {
    "IDN": ["Indonesia", "RI", "Republik Indonesia", "Indonesian", "IDN"],
    "VNM": ["Vietnam", "Viet Nam", "Vietnamese", "VNM"],
    "AUS": ["Australia", "Australian", "AUS"],
    "TUR": ["Turki", "Turkiye", "Türkiye", "Turkey", "Turkish", "TUR"],
    "ARE": ["Uni Emirat Arab", "UEA", "United Arab Emirates", "UAE", "ARE"],
    "BRA": ["Brasil", "Brazil", "Brazilian", "BRA"],
    "IND": ["India", "Indian", "IND"],
    "CHN": ["Tiongkok", "China", "Cina", "RRT", "Republik Rakyat Tiongkok", "Republik Rakyat China",
            "People's Republic of China", "Chinese", "CHN"],
    "USA": ["Amerika Serikat", "AS", "United States", "U.S.", "US", "USA", "American"],
    "MYS": ["Malaysia", "Malaysian", "MYS"],
    "SGP": ["Singapura", "Singapore", "SGP"],
    "PHL": ["Filipina", "Philippines", "PHL"],
    "THA": ["Thailand", "THA"],
    "KHM": ["Kamboja", "Cambodia", "KHM"],
    "LAO": ["Laos", "Lao PDR", "LAO"],
    "BRN": ["Brunei Darussalam", "Brunei", "BRN"],
    "TLS": ["Timor-Leste", "Timor Leste", "TLS"],
    "MMR": ["Myanmar", "MMR"],
    "JPN": ["Jepang", "Japan", "Japanese", "JPN"],
    "KOR": ["Korea Selatan", "South Korea", "South Korean", "Republic of Korea", "Korea", "KOR"],
    "RUS": ["Rusia", "Russia", "Russian", "RUS"],
    "IRN": ["Iran", "Iranian", "IRN"],
    "PAK": ["Pakistan", "Pakistani", "PAK"],
    "BLR": ["Belarus", "Belarusian", "BLR"],
    "KAZ": ["Kazakhstan", "Kazakstan", "Kazakh", "KAZ"],
    "KGZ": ["Kirgistan", "Kirgizstan", "Kyrgyzstan", "Kyrgyz", "KGZ"],
    "BEL": ["Belgia", "Belgium", "BEL"],
    "NLD": ["Belanda", "Netherlands", "Dutch", "NLD"],
    "CAN": ["Kanada", "Canada", "Canadian", "CAN"],
    "PSE": ["Palestina", "Palestine", "Palestinian", "PSE"],
}

# people and organisations that recur across articles: one alias list for each
PEOPLE = {
    "Prabowo Subianto": ["Prabowo Subianto", "Prabowo", "Presiden Prabowo", "Presiden Prabowo Subianto"],
    "Luong Cuong": ["Luong Cuong", "Lương Cường", "Presiden Luong Cuong", "Cuong"],
    "To Lam": ["To Lam", "Tô Lâm", "Lam"],
    "Sugiono": ["Sugiono", "Menlu Sugiono"],
    "Bui Thanh Son": ["Bui Thanh Son", "Bùi Thanh Sơn", "Son"],
    "Xi Jinping": ["Xi Jinping", "Presiden Xi Jinping", "Presiden Xi", "Xi"],
    "Narendra Modi": ["Narendra Modi", "Modi"],
    "Erdogan": ["Recep Tayyip Erdogan", "Recep Tayyip Erdoğan", "Erdogan", "Erdoğan", "Presiden Erdogan"],
    "Kassym-Jomart Tokayev": ["Kassym-Jomart Tokayev", "Kassym Jomart Tokayev", "Tokayev"],
    "Sanae Takaichi": ["Sanae Takaichi", "Takaichi"],
}
ORGS = {
    "ANTARA": ["ANTARA", "Kantor Berita ANTARA", "Antara"],
    "ASEAN": ["ASEAN", "Perhimpunan Bangsa-Bangsa Asia Tenggara", "Association of Southeast Asian Nations"],
    "Pertamina": ["PT Pertamina (Persero)", "PT Pertamina", "Pertamina", "PT Pertamina Persero"],
    "Petrovietnam": ["Petrovietnam", "PetroVietnam", "PVN"],
    "KKP": ["Kementerian Kelautan dan Perikanan", "KKP"],
    "PKV": ["Partai Komunis Vietnam", "Communist Party of Vietnam", "PKV"],
    "Uni Eropa": ["Uni Eropa", "UE", "European Union", "EU"],
    "DPR": ["Dewan Perwakilan Rakyat", "DPR", "Komisi I DPR", "Komisi I"],
    "SCO": ["Organisasi Kerja Sama Shanghai", "SCO", "Shanghai Cooperation Organization",
            "Shanghai Cooperation Organisation"],
    "APEC": ["APEC", "Asia-Pacific Economic Cooperation", "Kerja Sama Ekonomi Asia-Pasifik"],
}
PLACES = {
    "Asia Tenggara": ["Asia Tenggara", "Southeast Asia"],
}


def C(code, optional=False):
    return ent("COUNTRY", code, COUNTRIES[code], optional)


def P(key, *names, optional=False):
    return ent("PERSON", key, list(names) or PEOPLE.get(key, [key]), optional)


def O(key, *names, optional=False):
    return ent("ORG", key, list(names) or ORGS.get(key, [key]), optional)


def L(key, *names, optional=False):
    return ent("PLACE", key, list(names) or PLACES.get(key, [key]), optional)


def ent(t, key, names, optional):
    e = {"type": t, "key": key, "names": names}
    if optional:
        e["optional"] = True
    return e


def E(typ, mode, actors, date, cluster, date_end=None, optional=False, place=None, name=None, document=None):
    # mode null: the scorer accepts any mode (used for deals merely "reached", optional by the contract)
    e = {"type": typ, "mode": mode}
    if name:
        e["name"] = name
    if document:
        e["document"] = document
    e["actors"] = actors
    e["date"] = date
    if date_end:
        e["date_end"] = date_end
    if place:
        e["place"] = place
    if optional:
        e["optional"] = True
    e["cluster"] = cluster
    return e


def Q(kind, value, unit, optional=False):
    q = {"kind": kind, "value": value, "unit": unit}
    if optional:
        q["optional"] = True
    return q


def write(source, lang, published, outlet, dateline, entities, events, quantities):
    g = {"source": source, "lang": lang}
    if published != "ABSENT":
        g["published"] = published
    g.update({"outlet": outlet, "dateline": dateline, "entities": entities, "events": events,
              "quantities": quantities})
    keys = [e["key"] for e in entities]
    assert len(keys) == len(set(keys)), (source, keys)
    keyset = set(keys)
    for ev in events:
        for slot in ev["actors"]:
            for k in (slot if isinstance(slot, list) else [slot]):
                assert k in keyset, (source, k)
    with open(os.path.join(OUT, source + ".gold.json"), "w", encoding="utf-8") as f:
        json.dump(g, f, ensure_ascii=False, indent=1)
        f.write("\n")


PRA = ["Prabowo Subianto", "IDN"]

# --- 001/002/009: the same state visit to Vietnam, three outlets (002 rewrites ANTARA's wire) ---
def vietnam_events(lang_en=False):
    cuong = ["Luong Cuong", "VNM"]
    return [
        E("CONSULT", "visit", ["Prabowo Subianto", ["VNM", "Luong Cuong"]], "2025-10-13", "prabowo-vnm-state-visit-2025",
          date_end="2025-10-15", place="Vietnam"),
        E("CONSULT", "meet", [PRA, cuong], "2025-10-14", "prabowo-cuong-talks-2025", place="Hanoi"),
        E("AGREE", "sign", [PRA, cuong], "2025-10-14", "idn-vnm-six-mous-2025", place="Hanoi",
          document="six memorandums of understanding" if lang_en else "enam nota kesepahaman (MoU)"),
        E("AGREE", "sign", [PRA, cuong], "2025-10-14", "idn-vnm-joint-statement-2025", place="Hanoi",
          document="joint statement" if lang_en else "Pernyataan Bersama tentang Penguatan Kemitraan Strategis Komprehensif"),
        E("CONSULT", "visit", ["To Lam", ["IDN", "Prabowo Subianto"]], "2025-03", "to-lam-jakarta-visit-2025", place="Jakarta"),
        E("AGREE", None, [["To Lam", "VNM"], ["IDN", "Prabowo Subianto"]], "2025-03", "idn-vnm-upgrade-2025", optional=True),
        E("CONSULT", "meet", [["Sugiono", "IDN"], ["Bui Thanh Son", "VNM"]], "2025-10-14", "sugiono-son-talks-2025-10"),
        E("CONSULT", "multilateral", [], "2025-10", "asean-47-kl-2025", optional=True, place="Kuala Lumpur",
          name="ASEAN summit" if lang_en else "KTT ASEAN"),
    ]

write("001_antara_indonesia_vietnam_mou.txt", "id", "2025-10-14", "ANTARA", "Hanoi",
      [C("IDN"), C("VNM"), C("MYS"), C("USA", optional=True),
       P("Prabowo Subianto"), P("Luong Cuong"), P("To Lam"), P("Sugiono"), P("Bui Thanh Son"),
       P("Nabila Kusumawardani"), P("Hendra Saputra"),
       O("ANTARA"), O("PKV"), O("Pertamina"), O("Petrovietnam"), O("KKP"), O("ASEAN"),
       L("Hanoi"), L("Jakarta"), L("Kuala Lumpur"), L("Asia Tenggara"),
       L("Laut Natuna Utara", "Laut Natuna Utara", "North Natuna Sea"),
       L("Kota Ho Chi Minh", "Kota Ho Chi Minh", "Ho Chi Minh", "Ho Chi Minh City"),
       L("Istana Kepresidenan Vietnam", "Istana Kepresidenan Vietnam", "Istana Kepresidenan", optional=True)],
      vietnam_events() + [
          E("CONSULT", "meet", ["Prabowo Subianto"], None, "prabowo-hcmc-business-2025", optional=True,
            place="Kota Ho Chi Minh")],
      [Q("money", 18e9, "USD"), Q("money", 16.7e9, "USD"), Q("percent", 7.2, "%"),
       Q("money", 8.2e12, "IDR"), Q("percent", 40, "%")])

write("002_votenews_indonesia_vietnam_mou.txt", "id", "2025-10-15", "VOTENEWS.ID", "Jakarta",
      [C("IDN"), C("VNM"), C("USA", optional=True), C("MMR", optional=True),
       P("Prabowo Subianto"), P("Luong Cuong"), P("To Lam"), P("Sugiono"), P("Bui Thanh Son"),
       P("Yoga Prasetyo"),
       O("VOTENEWS.ID", "VOTENEWS.ID", "VoteNews", "Votenews.id", "VOTENEWS"), O("ANTARA"),
       O("PKV"), O("Pertamina"), O("Petrovietnam"), O("KKP"), O("ASEAN"),
       L("Hanoi"), L("Jakarta"), L("Kuala Lumpur"), L("Asia Tenggara"),
       L("Laut Natuna Utara", "Laut Natuna Utara", "North Natuna Sea"),
       L("Istana Kepresidenan Vietnam", "Istana Kepresidenan Vietnam", "Istana Kepresidenan", optional=True)],
      vietnam_events(),
      [Q("money", 18e9, "USD"), Q("money", 16.7e9, "USD"), Q("percent", 7.2, "%"),
       Q("money", 8.2e12, "IDR"), Q("percent", 40, "%")])

write("009_reuters_indonesia_vietnam_mou.txt", "en", "2025-10-14", "Reuters", "Hanoi",
      [C("IDN"), C("VNM"), C("USA"),
       P("Prabowo Subianto"), P("Luong Cuong"), P("To Lam"), P("Sugiono"), P("Bui Thanh Son"),
       P("Nguyen Thanh Hai"), P("Minh Tran"), P("Ananda Putri"), P("Martin Hale"),
       O("Reuters"), O("Pertamina"), O("Petrovietnam"), O("ASEAN"),
       O("Vietnam Institute of Economics"),
       L("Hanoi"), L("Jakarta"), L("Kuala Lumpur"), L("Asia Tenggara"),
       L("Natuna Islands", "Natuna Islands", "Natuna", "Kepulauan Natuna"),
       L("North Natuna Sea", "North Natuna Sea", "Laut Natuna Utara"),
       L("Presidential Palace", "Presidential Palace", optional=True)],
      vietnam_events(lang_en=True),
      [Q("money", 18e9, "USD"), Q("money", 16.7e9, "USD"), Q("money", 8.2e12, "IDR"),
       Q("money", 495e6, "USD"), Q("percent", 40, "%")])

# --- 003: Australian foreign minister in Jakarta; recalled DCA signing and a phone call ---
write("003_kompas_indonesia_australia.txt", "id", "2025-06-16", "KOMPAS.com", "Jakarta",
      [C("IDN"), C("AUS"),
       P("Sugiono"), P("Penny Wong", "Penny Wong", "Wong", "Menlu Penny Wong"), P("Prabowo Subianto"),
       P("Richard Marles", "Richard Marles", "Marles"),
       P("Anthony Albanese", "Anthony Albanese", "Albanese", "PM Albanese"),
       P("Larasati Wibisono"), P("Bagus Santosa"), P("Arya Nugraha", "Arya Nugraha", "Arya"),
       O("KOMPAS.com", "KOMPAS.com", "Kompas.com", "Kompas"),
       O("BKPM", "Kementerian Investasi dan Hilirisasi/BKPM", "Kementerian Investasi dan Hilirisasi", "BKPM",
         "Badan Koordinasi Penanaman Modal"),
       O("Universitas Monash", "Universitas Monash", "Monash University", "Monash"),
       O("ANU", "Universitas Nasional Australia", "ANU", "Australian National University"),
       O("Universitas Padjadjaran", "Universitas Padjadjaran", "Unpad"),
       L("Jakarta"), L("Gedung Pancasila"), L("Canberra"), L("Makassar"),
       L("Sulawesi Selatan", "Sulawesi Selatan", "South Sulawesi"),
       L("Indo-Pasifik", "Indo-Pasifik", "Indo-Pacific", optional=True)],
      [E("CONSULT", "visit", ["Penny Wong", ["IDN", "Sugiono"]], "2025-06-16", "wong-jakarta-visit-2025-06",
         place="Jakarta"),
       E("CONSULT", "meet", [["Sugiono", "IDN"], ["Penny Wong", "AUS"]], "2025-06-16", "sugiono-wong-talks-2025-06",
         place="Gedung Pancasila"),
       E("AGREE", "sign", [["Sugiono", "IDN"], ["Penny Wong", "AUS"]], "2025-06-16", "idn-aus-action-plan-2025",
         document="Rencana Aksi Kemitraan Strategis Komprehensif Indonesia-Australia 2025-2029", place="Jakarta"),
       E("AGREE", "sign", [PRA, ["Richard Marles", "AUS"]], "2024-08-29", "idn-aus-dca-2024",
         document="Perjanjian Kerja Sama Pertahanan (DCA)", place="Canberra"),
       E("CONSULT", "phone", [PRA, ["Anthony Albanese", "AUS"]], "2025-05", "prabowo-albanese-phone-2025-05"),
       E("AGREE", None, [PRA, ["Anthony Albanese", "AUS"]], "2025-05", "prabowo-albanese-phone-deal-2025-05",
         optional=True),
       E("CONSULT", "visit", ["Anthony Albanese", "IDN"], "2025-08", "albanese-jakarta-visit-2025-08", optional=True,
         place="Jakarta"),
       E("CONSULT", "meet", [PRA, ["Anthony Albanese", "AUS"]], "2025-08", "idn-aus-annual-leaders-2025",
         optional=True, name="Pertemuan Tahunan Pemimpin Indonesia-Australia"),
       E("CONSULT", "visit", ["Penny Wong"], "2025-06-17", "wong-makassar-2025-06", optional=True, place="Makassar")],
      [Q("money", 17.6e9, "AUD"), Q("percent", 12, "%"), Q("money", 5.4e12, "IDR")])

# --- 004: a postponed state visit, the phone call that postponed it, the last visit recalled ---
ERD = ["Erdogan", "TUR"]
write("004_kabarnusantara_erdogan_ditunda.txt", "id", "2025-09-19", "Kabarnusantara.id", "Jakarta",
      [C("IDN"), C("TUR"), C("PSE"), C("USA", optional=True),
       P("Erdogan"), P("Prabowo Subianto"),
       P("Rolliansyah Soemirat", "Rolliansyah Soemirat", "Rolliansyah", "Roy Soemirat"),
       P("Talip Küçükcan", "Talip Küçükcan", "Talip Kucukcan", "Küçükcan", "Kucukcan"),
       P("Rizky Pratama"), P("Siti Marlina"),
       P("Sugiono", optional=True), P("Hakan Fidan", "Hakan Fidan", optional=True),
       O("Kabarnusantara.id", "Kabarnusantara.id", "Kabarnusantara", "Kabar Nusantara"),
       O("Kemlu", "Kementerian Luar Negeri", "Kemlu", "Kementerian Luar Negeri (Kemlu)"),
       O("PT Republik Aero Dirgantara", "PT Republik Aero Dirgantara", "Republik Aero Dirgantara"),
       O("TAI", "Turkish Aerospace Industries", "TAI", "Turkish Aerospace"),
       O("Dewan Kerja Sama Strategis Tingkat Tinggi Indonesia-Turki",
         "Dewan Kerja Sama Strategis Tingkat Tinggi Indonesia-Turki", "Dewan Kerja Sama Strategis Tingkat Tinggi",
         optional=True),
       L("Jakarta"), L("Gaza"), L("Ankara"), L("Jawa Barat", "Jawa Barat", "West Java"),
       L("Istana Kepresidenan Bogor", "Istana Kepresidenan Bogor", "Istana Bogor"),
       L("Bogor", optional=True), L("New York", optional=True)],
      [E("CONSULT", "phone", [ERD, PRA], "2025-09-18", "prabowo-erdogan-phone-2025-09"),
       E("AGREE", None, [ERD, PRA], "2025-09-18", "prabowo-erdogan-new-date-2025-09", optional=True),
       E("CONSULT", "visit", ["Erdogan", "IDN"], "2025-09-22", "erdogan-idn-visit-postponed-2025-09",
         date_end="2025-09-23", optional=True),
       E("AGREE", "sign", [ERD, PRA], None, "idn-tur-pta-planned", optional=True,
         document="perjanjian dagang preferensial (PTA)"),
       E("CONSULT", "visit", ["Erdogan", ["IDN", "Prabowo Subianto"]], "2025-02-12", "erdogan-bogor-visit-2025-02",
         place="Istana Kepresidenan Bogor"),
       E("CONSULT", "meet", [ERD, PRA], "2025-02-12", "idn-tur-hlscc-2025-02", place="Istana Kepresidenan Bogor",
         name="pertemuan pertama Dewan Kerja Sama Strategis Tingkat Tinggi Indonesia-Turki"),
       E("AGREE", "sign", [["TUR", "Erdogan"], ["IDN", "Prabowo Subianto"]], "2025-02-12",
         "idn-tur-13-agreements-2025-02", document="13 perjanjian kerja sama"),
       E("CONSULT", "visit", ["Erdogan", "IDN"], "2023", "erdogan-jakarta-visit-cancelled-2023", optional=True)],
      [Q("money", 1.2e9, "USD"), Q("money", 2.4e9, "USD"), Q("percent", 3.5, "%"), Q("money", 10e9, "USD"),
       Q("money", 10e9, "USD", optional=True)])

# --- 005: no date stamp and no dated phrase anywhere: published is null, undated events ---
write("005_nodate_indonesia_uea_energi.txt", "id", None, None, None,
      [C("IDN"), C("ARE"), C("USA", optional=True),
       P("Rosan Roeslani", "Rosan Roeslani", "Rosan", "Rosan P. Roeslani"),
       P("Sultan Ahmed Al Jaber", "Sultan Ahmed Al Jaber", "Al Jaber", "Sultan Al Jaber"),
       P("Joko Widodo", "Joko Widodo", "Jokowi", "Presiden Joko Widodo"),
       P("Mohamed bin Zayed", "Sheikh Mohamed bin Zayed Al Nahyan", "Mohamed bin Zayed Al Nahyan",
         "Mohamed bin Zayed", "Sheikh Mohamed", "MBZ"),
       P("Prabowo Subianto"), P("Dimas Haryanto"),
       O("BKPM", "Badan Koordinasi Penanaman Modal", "BKPM", "Kementerian Investasi dan Hilirisasi"),
       O("Danantara", "Badan Pengelola Investasi Daya Anagata Nusantara", "Danantara", "Danantara Indonesia"),
       O("Masdar"), O("ADNOC", "Abu Dhabi National Oil Company", "ADNOC"),
       O("Mubadala", "Mubadala Investment Company", "Mubadala"),
       O("IESR", "Institute for Essential Services Reform", "IESR"),
       L("Abu Dhabi"), L("Waduk Saguling", "Waduk Saguling", "Saguling"), L("Jawa Barat", "Jawa Barat", "West Java"),
       L("Timur Tengah", "Timur Tengah", "Middle East", optional=True), L("Asia", optional=True)],
      [E("CONSULT", "meet", [["Rosan Roeslani", "IDN"], ["Sultan Ahmed Al Jaber", "ARE"]], None,
         "rosan-aljaber-talks", place="Abu Dhabi"),
       E("CONSULT", "visit", ["Rosan Roeslani", "ARE"], None, "rosan-abu-dhabi-visit", optional=True,
         place="Abu Dhabi"),
       E("AGREE", "sign", [["Danantara", "IDN"], ["Masdar", "ARE"]], None, "danantara-masdar-mou",
         document="nota kesepahaman kerja sama pengembangan proyek energi bersih"),
       E("AGREE", "sign", [["Joko Widodo", "IDN"], ["Mohamed bin Zayed", "ARE"]], "2022-07", "iuae-cepa-signing-2022",
         document="Perjanjian Kemitraan Ekonomi Komprehensif Indonesia-UEA (IUAE-CEPA)", place="Abu Dhabi"),
       E("CONSULT", "visit", ["Mohamed bin Zayed", "IDN"], None, "mbz-idn-visit-invited", optional=True),
       E("CONSULT", "meet", [["IDN", "Rosan Roeslani"], "Mubadala"], None, "idn-mubadala-talks", optional=True)],
      [Q("money", 1.5e9, "USD"), Q("money", 24.6e12, "IDR"), Q("percent", 18, "%"), Q("percent", 94, "%"),
       Q("percent", 23, "%")])

# --- 006: analysis piece; experts' suggestions are opinions, not events ---
write("006_cnbc_analisis_brics.txt", "id", "2025-11-10", "CNBC Indonesia", "Jakarta",
      [C("IDN"), C("BRA"), C("USA"), C("IND"), C("TLS"), C("CHN"),
       P("Prabowo Subianto"),
       P("Lula da Silva", "Luiz Inacio Lula da Silva", "Luiz Inácio Lula da Silva", "Lula da Silva", "Lula"),
       P("Rizal Hakim"), P("Yulia Anggraini", "Yulia Anggraini", "Yulia"), P("Narendra Modi"),
       P("Bambang Wicaksono", "Bambang Wicaksono", "Bambang"), P("Sugiono"), P("Maria Ulfa Hasibuan"),
       O("CNBC Indonesia"), O("BRICS"), O("ASEAN"),
       O("IMF", "Dana Moneter Internasional", "IMF", "International Monetary Fund"),
       O("Bank Dunia", "Bank Dunia", "World Bank"),
       O("CSIS", "Centre for Strategic and International Studies", "CSIS", "CSIS Indonesia"),
       O("NDB", "New Development Bank", "NDB"),
       O("BPS", "Badan Pusat Statistik", "BPS"),
       O("UGM", "Universitas Gadjah Mada", "UGM"),
       O("Uni Eropa"),
       O("Indef", "Institute for Development of Economics and Finance", "Indef", "INDEF"),
       O("DPR"),
       L("Jakarta"), L("Rio de Janeiro"), L("Brasilia", "Brasilia", "Brasília"), L("Kuala Lumpur")],
      [E("CONSULT", "multilateral", [PRA], "2025-07-06", "brics-rio-2025", date_end="2025-07-07",
         place="Rio de Janeiro", name="KTT BRICS"),
       E("AGREE", "sign", [], "2025-07-06", "rio-declaration-2025", date_end="2025-07-07", place="Rio de Janeiro",
         document="Deklarasi Rio de Janeiro"),
       E("CONSULT", "visit", ["Prabowo Subianto", ["BRA", "Lula da Silva"]], "2025-07-09",
         "prabowo-brazil-state-visit-2025", date_end="2025-07-10", place="Brasilia"),
       E("CONSULT", "meet", [PRA, ["Lula da Silva", "BRA"]], "2025-07-09", "prabowo-lula-talks-2025",
         date_end="2025-07-10", place="Brasilia"),
       E("AGREE", "sign", [PRA, ["Lula da Silva", "BRA"]], "2025-07-09", "idn-bra-eight-mous-2025",
         date_end="2025-07-10", place="Brasilia", document="delapan nota kesepahaman"),
       E("CONSULT", "multilateral", [["IDN", "Prabowo Subianto"]], "2025-10-26", "asean-47-kl-2025",
         date_end="2025-10-28", place="Kuala Lumpur", name="KTT ASEAN ke-47"),
       E("CONSULT", "meet", [["Sugiono", "IDN"], "DPR"], "2025-11-03", "sugiono-dpr-hearing-2025-11",
         date_end="2025-11-09", optional=True),
       E("CONSULT", "multilateral", ["IND"], "2026", "brics-india-2026", optional=True, name="KTT BRICS")],
      [Q("money", 148.3e9, "USD"), Q("percent", 31.5, "%"), Q("percent", 2.1, "%"), Q("money", 180e12, "IDR")])

# --- 007: ASEAN summit with a list of participants; 006 recalls the same summit ---
write("007_antara_ktt_asean_kl.txt", "id", "2025-10-26", "ANTARA", "Kuala Lumpur",
      [C("MYS"), C("IDN"), C("SGP"), C("PHL"), C("THA"), C("VNM"), C("KHM"), C("LAO"), C("BRN"), C("TLS"),
       C("USA"), C("JPN"), C("CHN"), C("MMR"),
       P("Anwar Ibrahim", "Anwar Ibrahim", "Anwar", "PM Anwar"), P("Prabowo Subianto"),
       P("Lawrence Wong", "Lawrence Wong"),
       P("Ferdinand Marcos Jr.", "Ferdinand Marcos Jr.", "Ferdinand Marcos Jr", "Ferdinand Marcos", "Marcos",
         "Bongbong Marcos"),
       P("Anutin Charnvirakul", "Anutin Charnvirakul", "Anutin"),
       P("Pham Minh Chinh", "Pham Minh Chinh", "Phạm Minh Chính"),
       P("Hun Manet"), P("Sonexay Siphandone"),
       P("Hassanal Bolkiah", "Hassanal Bolkiah", "Sultan Hassanal Bolkiah"),
       P("Xanana Gusmao", "Xanana Gusmao", "Xanana Gusmão", "Xanana"),
       P("Kao Kim Hourn"), P("Donald Trump", "Donald Trump", "Trump"), P("Sanae Takaichi"),
       P("Li Qiang"), P("Agus Setiawan"), P("Dewi Kartika"),
       O("ANTARA"), O("ASEAN"),
       L("Kuala Lumpur"), L("Kuala Lumpur Convention Centre", "Kuala Lumpur Convention Centre", "KLCC"),
       L("Seri Perdana"), L("Putrajaya"), L("Laut Sulawesi", "Laut Sulawesi", "Celebes Sea"),
       L("Asia Tenggara"), L("Asia Timur", "Asia Timur", "East Asia", optional=True)],
      [E("CONSULT", "multilateral", [["ASEAN", "MYS", "Anwar Ibrahim"]], "2025-10-26", "asean-47-kl-2025",
         date_end="2025-10-28", place="Kuala Lumpur", name="KTT ASEAN ke-47"),
       E("AGREE", "sign", [["ASEAN", "MYS", "Anwar Ibrahim"]], "2025-10-26", "kl-declaration-asean-2045-2025",
         place="Kuala Lumpur", document="Deklarasi Kuala Lumpur tentang ASEAN 2045"),
       E("AGREE", "sign", [["ASEAN", "TLS", "Xanana Gusmao"]], "2025-10-26", "asean-tls-accession-2025",
         place="Kuala Lumpur", document="deklarasi penerimaan Timor-Leste sebagai anggota ke-11 ASEAN"),
       E("CONSULT", "meet", [PRA, ["Anwar Ibrahim", "MYS"]], "2025-10-25", "prabowo-anwar-talks-2025-10",
         place="Putrajaya"),
       E("AGREE", None, [PRA, ["Anwar Ibrahim", "MYS"]], "2025-10-25", "idn-mys-maritime-boundary-2025-10",
         optional=True),
       E("CONSULT", "multilateral", [], "2025-05-26", "asean-46-kl-2025", date_end="2025-05-27",
         place="Kuala Lumpur", name="KTT ASEAN ke-46"),
       E("AGREE", None, [], "2025-05-26", "asean-2045-vision-2025", date_end="2025-05-27", optional=True,
         document="Visi Komunitas ASEAN 2045"),
       E("CONSULT", "multilateral", [["USA", "Donald Trump"]], "2025-10-27", "asean-us-summit-2025", optional=True,
         name="KTT ASEAN-AS"),
       E("CONSULT", "multilateral", [], "2025-10-27", "eas-2025", date_end="2025-10-28", optional=True,
         name="KTT Asia Timur (EAS)")],
      [Q("money", 3.9e12, "USD"), Q("percent", 4.7, "%")])

# --- 008: HTML page; signing in Brussels, an earlier meeting and a phone call "pekan lalu" ---
AIR = ["Airlangga Hartarto", "IDN"]
SEF = ["Maros Sefcovic", "Uni Eropa"]
write("008_jurnaldiplomasi_ieu_cepa.html", "id", "2025-09-24", "Jurnal Diplomasi", "Brussel",
      [C("IDN"), C("BEL"), C("NLD"),
       C("IND", optional=True), C("JPN", optional=True),
       P("Airlangga Hartarto", "Airlangga Hartarto", "Airlangga", "Menko Airlangga"),
       P("Maros Sefcovic", "Maroš Šefčovič", "Maros Sefcovic", "Šefčovič", "Sefcovic"),
       P("Prabowo Subianto"), P("Ursula von der Leyen", "Ursula von der Leyen", "von der Leyen"),
       P("Andika Permana"), P("Ratna Juwita"),
       P("Sugiono", optional=True),
       P("Subrahmanyam Jaishankar", "Subrahmanyam Jaishankar", "Jaishankar", optional=True),
       O("Jurnal Diplomasi"), O("Uni Eropa"),
       O("Komisi Eropa", "Komisi Eropa", "European Commission"),
       O("Kementerian Perdagangan", "Kementerian Perdagangan", "Kemendag"),
       O("Parlemen Eropa", "Parlemen Eropa", "European Parliament"), O("DPR"),
       O("Kemenko Perekonomian", "Kemenko Perekonomian", "Kementerian Koordinator Bidang Perekonomian",
         optional=True),
       O("PBB", "Perserikatan Bangsa-Bangsa", "PBB", "United Nations", optional=True),
       O("PT Jurnal Diplomasi Nusantara", optional=True),
       L("Brussel", "Brussel", "Brussels", "Bruxelles"),
       L("Gedung Berlaymont", "Gedung Berlaymont", "Berlaymont"),
       L("Den Haag", "Den Haag", "The Hague"), L("Asia Tenggara"),
       L("Eropa", "Eropa", "Europe", optional=True),
       L("New York", optional=True), L("Batang", optional=True), L("Jakarta", optional=True)],
      [E("AGREE", "sign", [AIR, SEF], "2025-09-23", "ieu-cepa-signing-2025-09", place="Brussel",
         document="Perjanjian Kemitraan Ekonomi Komprehensif Indonesia-Uni Eropa (IEU-CEPA)"),
       E("CONSULT", "visit", ["Airlangga Hartarto", ["BEL", "Uni Eropa"]], "2025-09-23", "airlangga-brussels-2025-09",
         optional=True, place="Brussel"),
       E("CONSULT", "meet", [PRA, ["Ursula von der Leyen", "Uni Eropa", "Komisi Eropa"]], "2025-07-13",
         "prabowo-vdl-brussels-2025-07", place="Brussel"),
       E("CONSULT", "visit", ["Prabowo Subianto", ["BEL", "Uni Eropa"]], "2025-07-13",
         "prabowo-brussels-visit-2025-07", optional=True, place="Brussel"),
       E("AGREE", None, [PRA, ["Ursula von der Leyen", "Uni Eropa", "Komisi Eropa"]], "2025-07-13",
         "ieu-cepa-political-deal-2025-07", optional=True),
       E("CONSULT", "phone", [AIR, SEF], "2025-09-15", "airlangga-sefcovic-phone-2025-09", date_end="2025-09-21"),
       E("CONSULT", "meet", [AIR, "NLD"], None, "airlangga-dutch-fm-2025-09", optional=True, place="Den Haag"),
       E("CONSULT", "meet", ["IDN", "Uni Eropa"], "2016-07", "ieu-cepa-talks-start-2016", optional=True)],
      [Q("percent", 98, "%"), Q("money", 27.3e9, "EUR"), Q("percent", 57, "%"), Q("money", 520e12, "IDR"),
       Q("money", 30e12, "IDR", optional=True)])

# --- 010: AP; talks on the sidelines of APEC, a recalled phone call, a forecast visit ---
LEE = ["Lee Jae-myung", "KOR"]
write("010_ap_korea_indonesia_apec.txt", "en", "2025-11-01", "AP", "Gyeongju",
      [C("KOR"), C("IDN"), C("USA"), C("CHN"), C("JPN"), C("CAN"),
       P("Lee Jae-myung", "Lee Jae-myung", "Lee Jae Myung", "Lee", "President Lee"),
       P("Prabowo Subianto"), P("Xi Jinping"), P("Sanae Takaichi"), P("Mark Carney", "Mark Carney", "Carney"),
       P("Choi Eun-ji", "Choi Eun-ji", "Choi Eun Ji", "Choi"),
       P("Soo-Min Park", "Soo-Min Park", "SOO-MIN PARK", "Soo Min Park"),
       O("AP", "AP", "Associated Press", "The Associated Press"), O("APEC"),
       O("Hyundai Motor Group", "Hyundai Motor Group", "Hyundai"),
       O("LG Energy Solution", "LG Energy Solution", "LGES"),
       O("Asan Institute for Policy Studies", "Asan Institute for Policy Studies", "Asan Institute"),
       L("Gyeongju"), L("Seoul"), L("Java", "Java", "Jawa"), L("West Java", "West Java", "Jawa Barat"),
       L("Shenzhen"),
       L("Hilton Gyeongju", "Hilton Gyeongju", optional=True), L("Jakarta", optional=True)],
      [E("CONSULT", "meet", [LEE, PRA], "2025-11-01", "lee-prabowo-talks-2025-11", place="Gyeongju"),
       E("AGREE", "sign", [["KOR", "Lee Jae-myung"], ["IDN", "Prabowo Subianto"]], "2025-11-01",
         "kor-idn-minerals-mou-2025-11", place="Gyeongju",
         document="memorandum of understanding on supply chains for nickel and other minerals"),
       E("CONSULT", "phone", [LEE, PRA], "2025-06", "lee-prabowo-phone-2025-06"),
       E("CONSULT", "multilateral", [], "2025-10-31", "apec-gyeongju-2025", date_end="2025-11-01",
         place="Gyeongju", name="APEC summit"),
       E("CONSULT", "visit", ["Prabowo Subianto", "KOR"], "2025-10-31", "prabowo-korea-apec-2025",
         date_end="2025-11-01", optional=True),
       E("AGREE", None, ["IDN", "KOR"], "2024", "kf21-cost-share-2024", optional=True),
       E("CONSULT", "visit", ["Lee Jae-myung", "IDN"], "2026", "lee-idn-state-visit-2026", optional=True),
       E("CONSULT", "multilateral", ["CHN"], "2026", "apec-shenzhen-2026", optional=True, place="Shenzhen")],
      [Q("money", 20e9, "USD"), Q("money", 8e9, "USD"), Q("money", 600e9, "KRW"), Q("money", 420e6, "USD")])

# --- 011: HTML page; SCO summit in Tianjin (also recalled in seed 000), bilateral talks on the sidelines ---
XI = ["Xi Jinping", "CHN"]
write("011_cgtn_sco_tianjin.html", "en", "2025-09-01", "CGTN", None,
      [C("CHN"), C("RUS"), C("IND"), C("IRN"), C("PAK"), C("BLR"), C("KAZ"), C("KGZ"),
       C("TUR", optional=True), C("USA", optional=True),
       P("Xi Jinping"), P("Vladimir Putin", "Vladimir Putin", "Putin"), P("Narendra Modi"),
       P("Masoud Pezeshkian", "Masoud Pezeshkian", "Pezeshkian"), P("Shehbaz Sharif", "Shehbaz Sharif", "Sharif"),
       P("Alexander Lukashenko", "Alexander Lukashenko", "Lukashenko"), P("Kassym-Jomart Tokayev"),
       P("Antonio Guterres", "Antonio Guterres", "António Guterres", "Guterres"),
       P("Li Wenhao"), P("Chen Yuting"), P("Erdogan", optional=True),
       O("CGTN", "CGTN", "China Global Television Network"), O("SCO"),
       O("UN", "United Nations", "UN", "Perserikatan Bangsa-Bangsa", "PBB"),
       O("General Administration of Customs", "General Administration of Customs",
         "China's General Administration of Customs"),
       O("China Institute of International Studies", "China Institute of International Studies", "CIIS"),
       O("SCO Development Bank", optional=True), O("Xinhua", optional=True),
       L("Tianjin"), L("Beijing"), L("Astana")],
      [E("CONSULT", "multilateral", [XI], "2025-08-31", "sco-tianjin-2025", date_end="2025-09-01",
         place="Tianjin", name="SCO summit"),
       E("AGREE", "sign", [], "2025-09-01", "tianjin-declaration-2025", place="Tianjin",
         document="Tianjin Declaration"),
       E("CONSULT", "multilateral", [XI], "2025-09-01", "sco-plus-tianjin-2025", optional=True,
         name="SCO Plus meeting"),
       E("AGREE", None, ["SCO"], "2025-09-01", "sco-development-bank-2025", optional=True,
         document="decision to establish an SCO Development Bank"),
       E("CONSULT", "meet", [XI, ["Narendra Modi", "IND"]], "2025-08-31", "xi-modi-talks-2025-08", place="Tianjin"),
       E("CONSULT", "visit", ["Narendra Modi", "CHN"], "2025-08-31", "modi-china-visit-2025", date_end="2025-09-01",
         optional=True),
       E("AGREE", None, [XI, ["Narendra Modi", "IND"]], "2025-08-31", "chn-ind-partners-2025-08", optional=True),
       E("CONSULT", "meet", [XI, ["Vladimir Putin", "RUS"]], "2025-08-31", "xi-putin-talks-2025-08",
         place="Tianjin"),
       E("AGREE", "sign", [XI, ["Vladimir Putin", "RUS"]], "2025-08-31", "chn-rus-global-governance-2025-08",
         document="joint statement on strengthening global governance"),
       E("CONSULT", "multilateral", [], "2024-07-03", "sco-astana-2024", date_end="2024-07-04", place="Astana",
         name="SCO summit"),
       E("AGREE", "sign", [], "2024-07-03", "sco-astana-declaration-2024", date_end="2024-07-04", place="Astana",
         document="Astana Declaration"),
       E("CONSULT", "multilateral", ["KGZ"], "2026", "sco-kyrgyzstan-2026", optional=True)],
      [Q("money", 2e9, "CNY"), Q("money", 10e9, "CNY"), Q("money", 512.4e9, "USD"), Q("percent", 2.7, "%")])

# --- 012: Xinhua; foreign ministers' talks, recalled summit and phone call, planned 2+2 ---
WANG = ["Wang Yi", "CHN"]
SUG = ["Sugiono", "IDN"]
write("012_xinhua_china_indonesia_wang_sugiono.txt", "en", "2026-01-09", "Xinhua", "Beijing",
      [C("CHN"), C("IDN"), C("MMR"), C("USA", optional=True),
       P("Wang Yi", "Wang Yi", "Wang"), P("Sugiono"), P("Xi Jinping"), P("Prabowo Subianto"),
       P("Dong Jun"), P("Sjafrie Sjamsoeddin", "Sjafrie Sjamsoeddin", "Sjafrie"), P("Han Zheng"), P("Zhang Min"),
       O("Xinhua"), O("APEC"), O("ASEAN"),
       O("CPC", "Communist Party of China", "CPC", "Chinese Communist Party", "CCP"),
       O("Political Bureau of the CPC Central Committee", "Political Bureau", "Politburo", optional=True),
       O("Ministry of Investment", "Ministry of Investment", "Indonesia's Ministry of Investment"),
       L("Beijing"), L("Jakarta"), L("Surabaya"), L("South China Sea", "South China Sea", "Laut China Selatan"),
       L("Shenzhen"), L("Tokyo"),
       L("Jakarta-Bandung High-Speed Railway", "Jakarta-Bandung High-Speed Railway", optional=True),
       L("Bandung", optional=True)],
      [E("CONSULT", "meet", [WANG, SUG], "2026-01-09", "wang-sugiono-talks-2026-01", place="Beijing"),
       E("CONSULT", "visit", ["Sugiono", ["CHN", "Wang Yi"]], "2026-01-08", "sugiono-china-visit-2026-01",
         date_end="2026-01-10", place="China"),
       E("AGREE", "sign", [WANG, SUG], "2026-01-09", "chn-idn-action-plan-2026-01", place="Beijing",
         document="plan of action for 2026-2030"),
       E("AGREE", "sign", [WANG, SUG], "2026-01-09", "chn-idn-visa-exemption-2026-01", place="Beijing",
         optional=True, document="agreement on mutual visa exemption for diplomatic and service passports"),
       E("CONSULT", "meet", [XI, PRA], "2024-11", "xi-prabowo-talks-2024-11", place="Beijing"),
       E("AGREE", "sign", [XI, PRA], "2024-11", "chn-idn-joint-statement-2024-11", place="Beijing",
         document="joint statement on advancing the comprehensive strategic partnership"),
       E("CONSULT", "phone", [WANG, SUG], "2025-12", "wang-sugiono-phone-2025-12"),
       E("AGREE", None, ["CHN", "IDN"], "2026-01-09", "chn-idn-2plus2-agreed-2026-01", optional=True),
       E("CONSULT", "meet", ["CHN", "IDN"], "2026", "chn-idn-2plus2-2026", optional=True, place="Jakarta"),
       E("CONSULT", "meet", [["CHN", "Dong Jun", "Wang Yi"], ["IDN", "Sjafrie Sjamsoeddin", "Sugiono"]], "2025-04",
         "chn-idn-2plus2-2025-04", place="Beijing", name="China-Indonesia 2+2 dialogue"),
       E("CONSULT", "multilateral", ["Prabowo Subianto"], "2026-11", "apec-shenzhen-2026", optional=True,
         place="Shenzhen"),
       E("CONSULT", "meet", [SUG, ["Han Zheng", "CHN"]], "2026-01-10", "sugiono-han-zheng-2026-01", optional=True)],
      [Q("money", 1.06e12, "CNY"), Q("money", 148.9e9, "USD"), Q("percent", 5.8, "%"), Q("money", 8.1e9, "USD")])
