#!/usr/bin/env python3
"""Writes testdata/fresh2/gold/*.gold.json from the annotation kept in this file: edit it and rerun
`python3 testdata/fresh2/make_gold.py` rather than the JSON. The checks and --perfect are the shared
writer's (../goldgen.py)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

# ISO 3166-1 alpha-3 with the Indonesian and English names and demonyms that occur in the set.
COUNTRIES = {
    "IDN": ["Indonesia", "RI", "Republik Indonesia", "Republic of Indonesia", "Indonesian", "IDN"],
    "ARE": ["Uni Emirat Arab", "UEA", "United Arab Emirates", "UAE", "UAE's", "Emirati", "ARE"],
    "QAT": ["Qatar", "QAT"],
    "SAU": ["Arab Saudi", "Saudi Arabia", "Kerajaan Arab Saudi", "Saudi", "SAU"],
    "KOR": ["Korea Selatan", "South Korea", "South Korean", "Republic of Korea", "Korea", "Korean", "KOR"],
    "KAZ": ["Kazakhstan", "Kazakstan", "Kazakh", "Kazakhstan's", "KAZ"],
    "UZB": ["Uzbekistan", "UZB"],
    "KGZ": ["Kirgistan", "Kyrgyzstan", "Kirgizstan", "KGZ"],
    "TJK": ["Tajikistan", "Tajikistan's", "TJK"],
    "TKM": ["Turkmenistan", "Turkmenistan's", "TKM"],
    "USA": ["Amerika Serikat", "AS", "United States", "US", "USA"],
    "CHN": ["China", "Tiongkok", "Chinese", "CHN"],
    "JPN": ["Jepang", "Japan", "JPN"],
    "RUS": ["Rusia", "Russia", "RUS"],
    # the Soviet Union no longer exists: ISO 3166-3 code
    "SUN": ["Uni Soviet", "Soviet Union", "SUN"],
    "PER": ["Peru", "Republik Peru", "PER"],
    "COL": ["Kolombia", "Colombia", "COL"],
    "DJI": ["Djibouti", "Jibuti", "DJI"],
    "SDN": ["Sudan", "SDN"],
    "KEN": ["Kenya", "KEN"],
    "TZA": ["Tanzania", "TZA"],
    "ZAF": ["Afrika Selatan", "South Africa", "ZAF"],
    "BRA": ["Brasil", "Brazil", "BRA"],
    "IND": ["India", "IND"],
    "PHL": ["Filipina", "Philippines", "PHL"],
    "GBR": ["Inggris", "United Kingdom", "Britain", "UK", "GBR"],
    "TLS": ["Timor-Leste", "Timor Leste", "TLS"],
    "MMR": ["Myanmar", "MMR"],
    "AUS": ["Australia", "AUS"],
    "FJI": ["Fiji", "Fijians", "Fiji's", "FJI"],
    "SLB": ["Solomon Islands", "Solomon Islanders", "Kepulauan Solomon", "SLB"],
    "VUT": ["Vanuatu", "VUT"],
    "PNG": ["Papua New Guinea", "Papua Nugini", "PNG"],
    "FRA": ["France", "French", "Prancis", "FRA"],
}

PEOPLE = {
    "Prabowo Subianto": ["Prabowo Subianto", "Prabowo", "Presiden Prabowo", "President Prabowo",
                         "Presiden Prabowo Subianto"],
    "Mohamed bin Zayed": ["Mohamed bin Zayed Al Nahyan", "Sheikh Mohamed bin Zayed Al Nahyan", "Mohamed bin Zayed",
                          "Sheikh Mohamed", "MBZ"],
    "Supratman Andi Agtas": ["Supratman Andi Agtas", "Supratman"],
    "Abdullah Al Nuaimi": ["Abdullah Sultan bin Awad Al Nuaimi", "Al Nuaimi"],
    "Sugiono": ["Sugiono", "Menlu Sugiono"],
    "Lee Jae-myung": ["Lee Jae-myung", "Lee Jae myung", "Lee"],
    "Tokayev": ["Kassym-Jomart Tokayev", "Tokayev", "Kassym Jomart Tokayev"],
    "Mirziyoyev": ["Shavkat Mirziyoyev", "Mirziyoyev"],
    "Japarov": ["Sadyr Japarov", "Japarov"],
    "Rahmon": ["Emomali Rahmon", "Rahmon"],
    "Meredov": ["Rashid Meredov", "Meredov"],
    "Budi Santoso": ["Budi Santoso", "Budi", "Mendag Budi Santoso"],
    "Youssouf": ["Mahmoud Ali Youssouf", "Youssouf"],
    "Ramaphosa": ["Cyril Ramaphosa", "Ramaphosa"],
}
ORGS = {
    "Mubadala": ["Mubadala Investment Company", "Mubadala"],
    "Danantara": ["Badan Pengelola Investasi Daya Anagata Nusantara", "Danantara",
                  "Badan Pengelola Investasi Daya Anagata Nusantara (Danantara)", "BPI Danantara"],
    "Kemendag": ["Kementerian Perdagangan", "Kemendag"],
    "Kemlu": ["Kementerian Luar Negeri", "Kemlu", "Kemlu RI"],
    "ANTARA": ["ANTARA", "Antara", "Kantor Berita Antara"],
    "AU": ["Uni Afrika", "AU", "Komisi Uni Afrika", "African Union", "African Union Commission"],
    "IAF": ["Forum Indonesia-Afrika", "IAF", "Indonesia-Africa Forum", "Forum Indonesia-Afrika (IAF)"],
    "ASEAN": ["ASEAN", "Association of Southeast Asian Nations", "Perhimpunan Bangsa-Bangsa Asia Tenggara"],
    "BPS": ["Badan Pusat Statistik", "BPS", "Badan Pusat Statistik (BPS)", "Statistics Indonesia",
            "Statistics Indonesia (BPS)"],
    "DPR": ["Dewan Perwakilan Rakyat", "DPR", "Dewan Perwakilan Rakyat (DPR)", "House of Representatives"],
    "EU": ["European Union", "EU", "EU's", "Uni Eropa"],
}
PLACES = {
    "Abu Dhabi": ["Abu Dhabi"],
    "Qasr Al Watan": ["Qasr Al Watan", "Istana Qasr Al Watan"],
    "Presidential Airport": ["Bandara Kepresidenan", "Presidential Airport"],
    "Seoul": ["Seoul"],
    "Cheong Wa Dae": ["Cheong Wa Dae", "Istana Kepresidenan Cheong Wa Dae", "Blue House"],
    "Astana": ["Astana"],
    "Karaganda": ["Karaganda", "Karagandy", "Qaraghandy"],
    "Asia Tengah": ["Asia Tengah", "Central Asia"],
    "Jakarta": ["Jakarta"],
    "Bali": ["Bali"],
    "Sahel": ["Sahel", "kawasan Sahel"],
    "Manila": ["Manila"],
    "Asia Tenggara": ["Asia Tenggara", "Southeast Asia"],
    "Honiara": ["Honiara"],
}

sys.path.insert(0, os.path.dirname(HERE))
from goldgen import E, Gold, Q  # noqa: E402  (the shared helpers of testdata/*/make_gold.py)

_gold = Gold(HERE, COUNTRIES, PEOPLE, ORGS, PLACES, check_aliases=True)
C, P, O, L, write = _gold.C, _gold.P, _gold.O, _gold.L, _gold.write

PRA = ["Prabowo Subianto", "IDN"]
MBZ = ["Mohamed bin Zayed", "ARE"]

# --- 01 (id, Liputan6.com) and 02 (en, WAM): Prabowo's state visit to the UAE, one event, two outlets ---


def abudhabi_events(visit_end):
    return [
        E("CONSULT", "meet", [PRA, MBZ], "2026-11-03", "prabowo-mbz-talks-2026-11", place="Qasr Al Watan"),
        # arrived "Senin (2/11) malam" / "on Monday evening"; Liputan6 gives the departure for Doha on
        # Wednesday, WAM only says the visit is under way on Tuesday
        E("CONSULT", "visit", [PRA, ["ARE", "Mohamed bin Zayed"]], "2026-11-02", "prabowo-uae-visit-2026-11",
          date_end=visit_end, place="Abu Dhabi"),
        # the airport welcome belongs to the visit
        E("CONSULT", "meet", [PRA, MBZ], "2026-11-02", "mbz-welcomes-prabowo-2026-11", optional=True,
          place="Abu Dhabi"),
        # "ditandatangani oleh Menteri Hukum ... dan Menteri Kehakiman UEA ..., disaksikan kedua kepala negara"
        E("AGREE", "sign", [["Supratman Andi Agtas", "Prabowo Subianto", "IDN"],
                            ["Abdullah Al Nuaimi", "Mohamed bin Zayed", "ARE"]],
          "2026-11-03", "idn-are-abudhabi-signing-2026-11-03", place="Abu Dhabi", document="perjanjian ekstradisi"),
        # the four MoUs: signatories unnamed ("para menteri terkait", "officials from both sides");
        # signed at the treaty's ceremony, they share its cluster (../shared/eval/real/README.md)
        E("AGREE", "sign", [PRA, MBZ], "2026-11-03", "idn-are-abudhabi-signing-2026-11-03", place="Abu Dhabi",
          document="empat nota kesepahaman"),
    ]


write("01_liputan6_prabowo_mbz_abudhabi.txt", "id", "2026-11-03", "Liputan6.com", "Abu Dhabi",
      [C("IDN"), C("ARE"), C("QAT"),
       P("Prabowo Subianto"), P("Mohamed bin Zayed"), P("Supratman Andi Agtas"), P("Abdullah Al Nuaimi"),
       P("Rosan Roeslani", "Rosan Roeslani", "Rosan"),
       P("Tamim bin Hamad Al Thani", "Tamim bin Hamad Al Thani", "Sheikh Tamim bin Hamad Al Thani", "Sheikh Tamim"),
       P("Joko Widodo", "Joko Widodo", "Jokowi"), P("Sugiono"), P("Rizky Ananda Putri"),
       O("Liputan6.com", "Liputan6.com", "Liputan6"), O("Mubadala"), O("Danantara"), O("Kemendag"),
       L("Abu Dhabi"), L("Qasr Al Watan"), L("Doha"),
       # "Bandara Kepresidenan" reads as a generic airport of the president
       L("Presidential Airport", optional=True)],
      abudhabi_events("2026-11-04") + [
          # recalled signing with its own day: required
          E("AGREE", "sign", [["Joko Widodo", "IDN"], MBZ], "2022-07-01", "iuae-cepa-signing-2022-07",
            place="Abu Dhabi", document="Perjanjian Kemitraan Ekonomi Komprehensif Indonesia-UEA (IUAE-CEPA)"),
          # "dijadwalkan bertolak ke Doha ... pada Rabu (4/11) untuk bertemu Emir Qatar": planned
          E("CONSULT", "visit", [PRA, ["QAT", "Tamim bin Hamad Al Thani"]], "2026-11-04", "prabowo-qatar-visit-2026-11",
            optional=True, place="Doha"),
          E("CONSULT", "meet", [PRA, ["Tamim bin Hamad Al Thani", "QAT"]], "2026-11-04", "prabowo-tamim-2026-11",
            optional=True, place="Doha"),
          # "Keduanya sepakat menargetkan nilai perdagangan": a target agreed, nothing signed
          E("AGREE", None, [PRA, MBZ], "2026-11-03", "idn-are-trade-target-2026-11", optional=True),
      ],
      [Q("money", 10e9, "USD"), Q("money", 10e9, "USD"), Q("money", 166e12, "IDR"), Q("money", 5.6e9, "USD"),
       Q("percent", 14.2, "%"), Q("money", 10e9, "USD")])

write("02_wam_mbz_prabowo_talks.txt", "en", "2026-11-03", "WAM", "Abu Dhabi",
      [C("ARE"), C("IDN"),
       P("Mohamed bin Zayed"), P("Prabowo Subianto"), P("Abdullah Al Nuaimi"), P("Supratman Andi Agtas"),
       P("Tahnoun bin Zayed Al Nahyan", "Tahnoun bin Zayed Al Nahyan", "Sheikh Tahnoun bin Zayed Al Nahyan"),
       P("Abdullah bin Zayed Al Nahyan", "Abdullah bin Zayed Al Nahyan", "Sheikh Abdullah bin Zayed Al Nahyan"),
       P("Khaldoon Khalifa Al Mubarak", "Khaldoon Khalifa Al Mubarak", "Khaldoon Al Mubarak"),
       P("Thani bin Ahmed Al Zeyoudi", "Thani bin Ahmed Al Zeyoudi", "Dr. Thani bin Ahmed Al Zeyoudi"),
       O("WAM", "WAM", "Emirates News Agency", "Emirates News Agency - WAM"), O("Mubadala"), O("Danantara"),
       L("Abu Dhabi"), L("Qasr Al Watan"), L("Presidential Airport", optional=True),
       L("Middle East", "Middle East", optional=True), L("Asia Tenggara", optional=True)],
      abudhabi_events("2026-11-03") + [
          # "signed in July 2022", no signatories named: the states only live in the agreement's name
          E("AGREE", "sign", [["IDN"], ["ARE"]], "2022-07", "iuae-cepa-signing-2022-07", optional=True,
            document="UAE-Indonesia Comprehensive Economic Partnership Agreement"),
      ],
      [Q("money", 10e9, "USD"), Q("money", 5.6e9, "USD"), Q("percent", 14.2, "%")])

# --- 03 (id, Kompas.com feature) and 04 (en, The Astana Times): first Korea-Central Asia summit, Seoul ---
LEE = ["Lee Jae-myung", "KOR"]
TOK = ["Tokayev", "KAZ"]


def seoul_events(c5):
    return [
        E("CONSULT", "multilateral", c5, "2026-10-15", "korea-central-asia-summit-2026-10", place="Seoul",
          name="KTT Korea-Asia Tengah"),
        # "ditutup dengan pengesahan Deklarasi Seoul" / "the participants adopted the Seoul Declaration"
        E("AGREE", "sign", c5, "2026-10-15", "seoul-declaration-2026-10", place="Seoul",
          document="Deklarasi Seoul tentang Kemitraan Korea-Asia Tengah"),
        E("CONSULT", "meet", [LEE, TOK], "2026-10-14", "lee-tokayev-talks-2026-10", place="Cheong Wa Dae"),
        # twelve documents signed, witnessed by the two presidents (signatories unnamed)
        E("AGREE", "sign", [LEE, TOK], "2026-10-14", "kor-kaz-twelve-documents-2026-10", place="Seoul",
          document="12 dokumen kerja sama"),
        # "tiba di Seoul pada Selasa (13/10) untuk kunjungan kenegaraan selama tiga hari" / "Oct. 13-15 state visit"
        E("CONSULT", "visit", [TOK, ["KOR", "Lee Jae-myung"]], "2026-10-13", "tokayev-korea-visit-2026-10",
          date_end="2026-10-15", place="Seoul"),
    ]


def c5(p):
    """The summit's actor slots, with the aliases each article uses for the people."""
    return [[p(k), code] for k, code in [("Lee Jae-myung", "KOR"), ("Tokayev", "KAZ"), ("Mirziyoyev", "UZB"),
                                         ("Japarov", "KGZ"), ("Rahmon", "TJK"), ("Meredov", "TKM")]]


write("03_kompascom_ktt_korea_asia_tengah.txt", "id", "2026-10-16", "Kompas.com", "Seoul",
      [C("KOR"), C("KAZ"), C("UZB"), C("KGZ"), C("TJK"), C("TKM"), C("USA"), C("CHN"), C("JPN"), C("RUS"),
       C("IDN"), C("SUN", optional=True),
       P("Lee Jae-myung"), P("Tokayev"), P("Mirziyoyev"), P("Japarov"), P("Rahmon"), P("Meredov"),
       P("Donald Trump", "Donald Trump", "Trump"), P("Xi Jinping", "Xi Jinping", "Xi"),
       P("Dimas Ardiansyah", "Dimas Ardiansyah", "Dimas"), P("Kim Soo-hyun", "Kim Soo-hyun", "Kim"),
       P("Bernadette Sekar Larasati"), P("Ardi Priyatno"),
       O("Kompas.com", "Kompas.com", "KOMPAS.com", "Kompas"),
       O("Korea Eximbank", "Korea Eximbank", "Export-Import Bank of Korea"),
       O("UGM", "Universitas Gadjah Mada", "UGM", "Universitas Gadjah Mada (UGM)"),
       O("ASEAN"), O("EU"),
       O("MOTIE", "Kementerian Perdagangan, Industri, dan Energi Korea Selatan",
         "Kementerian Perdagangan, Industri, dan Energi", "MOTIE"),
       O("KIEP", "Korea Institute for International Economic Policy", "KIEP",
         "Korea Institute for International Economic Policy (KIEP)"),
       L("Seoul"), L("Cheong Wa Dae"), L("Gedung Putih", "Gedung Putih", "White House"), L("Washington"),
       L("Astana"), L("Jakarta"), L("Karaganda"), L("Tashkent"), L("Busan"),
       L("Laut Kaspia", "Laut Kaspia", "Caspian Sea"),
       L("Timur Jauh Rusia", "Timur Jauh Rusia", "Russian Far East"),
       # regions used loosely
       L("Asia Tengah", optional=True), L("Eropa", "Eropa", "Europe", optional=True),
       L("Kaukasus Selatan", "Kaukasus Selatan", "South Caucasus", optional=True),
       # a dam named as a project
       L("Rogun", "Rogun", optional=True)],
      seoul_events(c5(lambda k: k)) + [
          E("CONSULT", "meet", [LEE, ["Mirziyoyev", "UZB"]], "2026-10-15", "lee-mirziyoyev-2026-10",
            place="Seoul"),
          # recalled C5+1 summits with their dates ("kelima pemimpin" are not named there)
          E("CONSULT", "multilateral", [["Donald Trump", "USA"]], "2025-11-06", "c5-plus-us-summit-2025-11",
            place="Gedung Putih", name="C5+1"),
          E("CONSULT", "multilateral", [["Xi Jinping", "CHN"]], "2025-06", "china-central-asia-summit-2025-06",
            place="Astana", name="KTT China-Asia Tengah kedua"),
          # "sepakat menggelar KTT berikutnya di Tashkent ... pada 2028": agreed and planned
          E("AGREE", None, [LEE, TOK], "2026-10-15", "korea-central-asia-next-summit-deal-2026-10", optional=True),
          E("CONSULT", "multilateral", [LEE, ["Mirziyoyev", "UZB"]], "2028",
            "korea-central-asia-summit-2028", optional=True, place="Tashkent"),
          # "belum mengumumkan apakah Lee akan berkunjung ke Asia Tengah sebelum itu": speculation, no date
          E("CONSULT", "visit", [LEE], None, "lee-central-asia-visit-unscheduled", optional=True),
      ],
      [Q("money", 3e12, "KRW"), Q("money", 2.2e9, "USD"), Q("money", 7.5e9, "USD"), Q("money", 10.4e9, "USD"),
       Q("percent", 17.8, "%"), Q("percent", 60, "%"), Q("money", 3e12, "KRW")])

write("04_astanatimes_tokayev_lee_seoul.txt", "en", "2026-10-15", "The Astana Times", "Seoul",
      [C("KAZ"), C("UZB"), C("KGZ"), C("TJK"), C("TKM"), C("KOR"),
       P("Tokayev"), P("Lee Jae-myung"), P("Dana Omarova"),
       O("The Astana Times", "The Astana Times", "Astana Times"),
       O("Samsung C&T", "Samsung C&T", "Samsung C T"),
       O("Hyundai Engineering & Construction", "Hyundai Engineering & Construction",
         "Hyundai Engineering and Construction", "Hyundai E&C"),
       O("POSCO Holdings", "POSCO Holdings", "POSCO"),
       L("Seoul"), L("Astana"), L("Cheong Wa Dae"), L("Karaganda"),
       L("Asia Tengah", optional=True), L("East Asia", "East Asia", optional=True)],
      # Meredov is not named here: Turkmenistan fills its slot
      seoul_events([LEE, TOK, ["UZB"], ["KGZ"], ["TJK"], ["TKM"]]) + [
          # "first spoke in July 2025 in a phone call"
          E("CONSULT", "phone", [LEE, TOK], "2025-07", "lee-tokayev-phone-2025-07"),
          E("AGREE", None, [LEE, TOK], "2025-07", "kor-kaz-minerals-deal-2025-07", optional=True),
          # meetings with company heads: not between states
          E("CONSULT", "meet", [TOK], "2026-10-13", "tokayev-korean-business-2026-10", date_end="2026-10-15",
            optional=True, place="Seoul"),
          E("CONSULT", "visit", [LEE, ["KAZ"]], "2027", "lee-kazakhstan-visit-2027", optional=True),
      ],
      [Q("money", 7.5e9, "USD"), Q("money", 7.5e9, "USD"), Q("money", 6.1e9, "USD"), Q("percent", 12.6, "%")])

# --- 05 (id, Kontan): the DPR ratifies IP-CEPA; recalled signing during Boluarte's state visit ---
write("05_kontan_ratifikasi_ip_cepa.txt", "id", "2026-09-22", "Kontan.co.id", "Jakarta",
      [C("IDN"), C("PER"), C("COL"),
       P("Sufmi Dasco Ahmad", "Sufmi Dasco Ahmad", "Dasco"), P("Anggia Erma Rini"), P("Budi Santoso"),
       P("Ursula León", "Ursula León", "Ursula Leon"), P("Prabowo Subianto"),
       P("Dina Boluarte", "Dina Boluarte", "Boluarte"), P("Rizki Hidayatullah"), P("Rahma Yuliani"),
       P("Wahyu Prasetya"),
       O("Kontan", "KONTAN.CO.ID", "Kontan.co.id", "Kontan"), O("DPR"),
       # a commission of the DPR: named as part of a title
       O("Komisi VI DPR", "Komisi VI DPR", "Komisi VI", optional=True),
       O("Kongres Peru", "Kongres Peru", "Congress of Peru"), O("BPS"),
       O("Indef", "Institute for Development of Economics and Finance", "Indef", "INDEF",
         "Institute for Development of Economics and Finance (Indef)"),
       O("Aliansi Pasifik", "Aliansi Pasifik", "Pacific Alliance"),
       L("Jakarta"), L("Istana Merdeka"), L("Senayan"), L("Kompleks Parlemen", optional=True),
       L("Amerika Latin", "Amerika Latin", "Latin America", optional=True),
       L("Tanjung Priok"), L("Callao"), L("Lima")],
      [
          # "ditandatangani ... pada 11 Agustus 2025 oleh Menteri Perdagangan Budi Santoso dan ... Ursula León.
          # Penandatanganan disaksikan Presiden Prabowo Subianto dan Presiden Peru saat itu, Dina Boluarte"
          E("AGREE", "sign", [["Budi Santoso", "Prabowo Subianto", "IDN"], ["Ursula León", "Dina Boluarte", "PER"]],
            "2025-08-11", "ip-cepa-signing-2025-08", place="Istana Merdeka",
            document="Persetujuan Kemitraan Ekonomi Komprehensif antara Republik Indonesia dan Republik Peru (IP-CEPA)"),
          # "yang tengah melakukan kunjungan kenegaraan ke Indonesia" on the day of the signing
          E("CONSULT", "visit", [["Dina Boluarte", "PER"], ["IDN", "Prabowo Subianto"]], "2025-08-11",
            "boluarte-indonesia-visit-2025-08", place="Jakarta"),
          # ratifications are domestic acts of one party: optional
          E("AGREE", None, [["IDN", "DPR"]], "2026-09-22", "ip-cepa-ratification-idn-2026-09", optional=True),
          E("AGREE", None, [["PER", "Kongres Peru"]], "2026-06", "ip-cepa-ratification-per-2026-06", optional=True),
          # "dijadwalkan bertolak ke Lima bulan depan": planned
          E("CONSULT", "visit", [["Budi Santoso", "IDN"], ["PER"]], "2026-10", "budi-lima-visit-2026-10",
            optional=True, place="Lima"),
      ],
      [Q("percent", 20, "%"), Q("percent", 90, "%"), Q("percent", 20, "%"), Q("money", 547.3e6, "USD"),
       Q("percent", 9.8, "%"), Q("money", 301e6, "USD")])

# --- 06 (id, ANTARA) and 07 (id, Republika): one wire story and its near-copy; a video conference ---


def au_events():
    return [
        # "menggelar konferensi video": a call, by video
        E("CONSULT", ["phone", "other"], [["Sugiono", "IDN"], ["Youssouf", "AU"]], "2026-10-29",
          "sugiono-youssouf-video-2026-10"),
        # recalled forum with its dates; the text names no participant
        E("CONSULT", "multilateral", [], "2024-09-01", "iaf-2-bali-2024-09", date_end="2024-09-03", place="Bali",
          name="Forum Indonesia-Afrika kedua"),
        # invitation accepted, no date yet; the third forum "direncanakan berlangsung tahun depan"
        E("CONSULT", "visit", [["Youssouf", "AU"], ["IDN"]], "2027", "youssouf-jakarta-visit-2027", optional=True,
          place="Jakarta"),
        E("CONSULT", "multilateral", [["IDN"]], "2027", "iaf-3-2027", optional=True,
          name="Forum Indonesia-Afrika ketiga"),
    ]


write("06_antara_sugiono_youssouf_video.txt", "id", "2026-10-29", "ANTARA", "Jakarta",
      [C("IDN"), C("DJI"), C("SDN"), C("KEN"), C("TZA"),
       P("Sugiono"), P("Youssouf"), P("Nabila Rahmawati"), P("Rizal Fahmi"),
       O("ANTARA"), O("AU"), O("Kemlu"),
       # a forum: names a meeting as much as a body
       O("IAF", optional=True),
       L("Jakarta"), L("Bali"), L("Sahel"), L("Afrika", "Afrika", "Africa", optional=True)],
      au_events(),
      [Q("money", 3.5e9, "USD"), Q("money", 12.3e9, "USD"), Q("percent", 7.4, "%")])

write("07_republika_sugiono_youssouf_video.txt", "id", "2026-10-29", "Republika.co.id", "Jakarta",
      [C("IDN"), C("DJI"), C("SDN"),
       P("Sugiono"), P("Youssouf"), P("Satria Kurniawan"),
       O("Republika", "REPUBLIKA.CO.ID", "Republika.co.id", "Republika"), O("ANTARA"), O("AU"), O("Kemlu"),
       O("IAF", optional=True),
       L("Jakarta"), L("Bali"), L("Sahel"), L("Afrika", "Afrika", "Africa", optional=True)],
      au_events(),
      [Q("money", 3.5e9, "USD"), Q("money", 12.3e9, "USD"), Q("percent", 7.4, "%")])

# --- 08 (id, Katadata): a postponed state visit; statements and analysis, one real meeting ---
RAM = ["Ramaphosa", "ZAF"]
write("08_katadata_ramaphosa_ditunda.txt", "id", "2026-11-03", "Katadata.co.id", None,
      [C("ZAF"), C("IDN"), C("USA"), C("BRA"), C("RUS"), C("IND"), C("CHN"),
       P("Ramaphosa"), P("Rahmat Hidayat", "Rahmat Hidayat", "Rahmat"),
       P("Arrmanatha Nasir", "Arrmanatha Nasir", "Arrmanatha", "Wamenlu Arrmanatha Nasir"),
       P("Sibusiso Ndlovu", "Sibusiso Ndlovu", "Ndlovu"), P("Thabo Mokoena", "Thabo Mokoena", "Mokoena"),
       P("Prabowo Subianto"), P("Dewi Lestari Hutapea"), P("Farah Adiningsih", "Farah Adiningsih", "Farah"),
       P("Bonifasius Tarigan", "Bonifasius Tarigan", "Bonifasius"), P("Dyah Roro Esti Widya Putri"),
       P("Galih Wicaksono"), P("Maria Yuniar"),
       O("Katadata", "Katadata.co.id", "Katadata"), O("Kemlu"),
       O("Kadin", "Kamar Dagang dan Industri (Kadin) Indonesia", "Kamar Dagang dan Industri", "Kadin",
         "Kadin Indonesia"),
       O("BPS"),
       O("CORE", "Center of Reform on Economics", "CORE", "CORE Indonesia",
         "Center of Reform on Economics (CORE) Indonesia"),
       O("UI", "Universitas Indonesia", "UI", "Universitas Indonesia (UI)"), O("BRICS", "BRICS"), O("G20", "G20"),
       O("Kemendag"),
       # "pihak Pretoria" stands for the government, "Di Pretoria" is the place: required either way
       L("Pretoria"), L("Jakarta"), L("Gedung Pancasila"), L("Miami"), L("Johannesburg"),
       L("Global South", "Global South", optional=True)],
      [
          # the only event that happened: "pertemuan antara Wakil Menteri Luar Negeri Arrmanatha Nasir dan
          # Duta Besar Afrika Selatan ... Senin (2/11)"
          E("CONSULT", "meet", [["Arrmanatha Nasir", "IDN"], ["Sibusiso Ndlovu", "ZAF"]], "2026-11-02",
            "arrmanatha-ndlovu-2026-11", place="Gedung Pancasila"),
          # postponed: it did not happen
          E("CONSULT", "visit", [RAM, ["IDN", "Prabowo Subianto"]], "2026-11-09", "ramaphosa-indonesia-visit-postponed",
            date_end="2026-11-11", optional=True, place="Jakarta"),
          E("AGREE", "sign", [["ZAF", "Ramaphosa"], ["IDN", "Prabowo Subianto"]], "2026-11",
            "idn-zaf-mous-planned-2026-11", optional=True),
          # a possible meeting at the G20 in December
          E("CONSULT", "meet", [PRA, RAM], "2026-12", "prabowo-ramaphosa-g20-2026-12", optional=True, place="Miami"),
          E("CONSULT", "visit", [["Dyah Roro Esti Widya Putri", "IDN"], ["ZAF"]], "2026-12",
            "idn-trade-mission-johannesburg-2026-12", optional=True, place="Johannesburg"),
      ],
      [Q("money", 2.9e9, "USD"), Q("percent", 6.4, "%"), Q("percent", 1, "%"), Q("money", 3e9, "USD"),
       Q("percent", 30, "%"), Q("money", 150e6, "USD")])

# --- 09 (id, kumparan brief): phone call with the Saudi crown prince ---
MBS = ["Mohammed bin Salman", "SAU"]
write("09_kumparan_prabowo_mbs_telepon.txt", "id", "2026-10-26", "kumparanNEWS", None,
      [C("SAU"), C("IDN"),
       P("Prabowo Subianto"),
       P("Mohammed bin Salman", "Mohammed bin Salman", "Pangeran Mohammed bin Salman", "MBS", "Pangeran Mohammed"),
       P("Teddy Indra Wijaya", "Teddy Indra Wijaya", "Teddy"),
       O("kumparan", "kumparan", "kumparanNEWS"),
       O("Dewan Koordinasi Tertinggi", "Dewan Koordinasi Tertinggi Indonesia-Arab Saudi", "Dewan Koordinasi Tertinggi",
         "Saudi-Indonesian Supreme Coordination Council"),
       O("Kementerian Investasi dan Hilirisasi", "Kementerian Investasi dan Hilirisasi", "Kementerian Investasi"),
       L("Makkah", "Makkah", "Mekkah", "Mecca"), L("Gaza"), L("Jeddah"),
       L("Teluk", "Teluk", "kawasan Teluk", "Gulf", optional=True)],
      [
          E("CONSULT", "phone", [PRA, MBS], "2026-10-25", "prabowo-mbs-phone-2026-10"),
          # "terakhir bertatap muka dengan MBS saat berkunjung ke Jeddah pada Juli 2025"
          E("CONSULT", "meet", [PRA, MBS], "2025-07", "prabowo-mbs-jeddah-2025-07", place="Jeddah"),
          E("CONSULT", "visit", [PRA, ["SAU", "Mohammed bin Salman"]], "2025-07", "prabowo-saudi-visit-2025-07",
            place="Jeddah"),
          # "membentuk Dewan Koordinasi Tertinggi": set up by the two leaders, no signing reported
          E("AGREE", None, [PRA, MBS], "2025-07", "idn-sau-supreme-council-2025-07", optional=True),
          # invitation for next year: planned
          E("CONSULT", "visit", [MBS, ["IDN"]], "2027", "mbs-indonesia-visit-2027", optional=True),
      ],
      [Q("money", 412e6, "USD")])

# --- 10 (id, SINDOnews): 59th ASEAN foreign ministers' meeting, joint communiqué, UK dialogue partner ---
AMM = [["ASEAN", "Sugiono", "IDN", "Theresa Lazaro", "PHL"]]
write("10_sindonews_amm_manila_komunike.txt", "id", "2026-07-10", "SINDOnews.com", "Manila",
      [C("PHL"), C("IDN"), C("GBR"), C("TLS"), C("MMR"), C("CHN"), C("AUS"), C("JPN"),
       P("Sugiono"), P("Theresa Lazaro", "Theresa Lazaro", "Lazaro"), P("Yvette Cooper", "Yvette Cooper", "Cooper"),
       P("Wang Yi"), P("Anton Wijaya"),
       O("SINDOnews", "SINDOnews.com", "SINDOnews", "Sindonews"), O("ASEAN"),
       O("Sekretariat ASEAN", "Sekretariat ASEAN", "ASEAN Secretariat"),
       # meetings named like bodies
       O("AMM", "Pertemuan Menteri Luar Negeri ASEAN", "AMM", "ASEAN Foreign Ministers Meeting", optional=True),
       O("ARF", "Forum Regional ASEAN", "ARF", "ASEAN Regional Forum", optional=True),
       L("Manila"), L("PICC", "Philippine International Convention Center", "PICC"),
       L("Laut China Selatan", "Laut China Selatan", "South China Sea"), L("Kuala Lumpur"),
       L("Asia Tenggara", optional=True)],
      [
          # opened "Rabu (8/7)", communiqué adopted "Kamis (9/7/2026)"
          E("CONSULT", "multilateral", AMM, "2026-07-08", "amm-59-manila-2026-07", date_end="2026-07-09",
            place="Manila", name="Pertemuan Menteri Luar Negeri ASEAN ke-59"),
          E("AGREE", "sign", AMM, "2026-07-09", "amm-59-joint-communique-2026-07", place="Manila",
            document="Komunike Bersama Pertemuan Menteri Luar Negeri ASEAN (AMM) ke-59"),
          E("CONSULT", "meet", [["Sugiono", "IDN"], ["Yvette Cooper", "GBR"]], "2026-07-09",
            "sugiono-cooper-manila-2026-07", place="Manila"),
          # recalled summit with a month
          E("CONSULT", "multilateral", [["ASEAN"]], "2025-10", "asean-summit-47-2025-10", place="Kuala Lumpur",
            name="KTT ASEAN ke-47"),
          # scheduled for the day of publication and the next day: planned
          E("CONSULT", "multilateral", [["ASEAN"], ["GBR"]], "2026-07-10", "asean-pmc-manila-2026-07",
            optional=True, place="Manila", name="Konferensi Pasca-Pertemuan Menteri (PMC)"),
          E("CONSULT", "meet", [["Sugiono", "IDN"], ["Wang Yi", "CHN"]], "2026-07-10", "sugiono-wang-yi-2026-07",
            optional=True, place="Manila"),
          E("CONSULT", "multilateral", [["ASEAN"]], "2026-07-11", "arf-manila-2026-07", optional=True, place="Manila",
            name="Forum Regional ASEAN (ARF)"),
      ],
      [Q("money", 63.4e9, "USD"), Q("percent", 5.1, "%"), Q("money", 25e6, "GBP")])

# --- 11 (en, RNZ Pacific): Fiji-Solomon Islands visa waiver signed in Suva ---
RAB = ["Sitiveni Rabuka", "FJI"]
MAN = ["Jeremiah Manele", "SLB"]
write("11_rnz_fiji_solomon_visa.txt", "en", "2026-11-11", "RNZ Pacific", None,
      [C("FJI"), C("SLB"), C("VUT"), C("PNG"),
       P("Sitiveni Rabuka", "Sitiveni Rabuka", "Rabuka"), P("Peter Shanel Agovaka", "Peter Shanel Agovaka", "Agovaka"),
       P("Jeremiah Manele", "Jeremiah Manele", "Manele"), P("Losana Vuniwaqa"),
       O("RNZ Pacific", "RNZ Pacific", "RNZ"),
       O("Melanesian Spearhead Group", "Melanesian Spearhead Group", "MSG"),
       O("Pacific Islands Forum", "Pacific Islands Forum", "PIF"),
       O("Fiji Bureau of Statistics", "Fiji Bureau of Statistics"),
       L("Suva"), L("Nadi"), L("Honiara"), L("Lautoka"),
       # "the Government Buildings": a name that reads as generic
       L("Government Buildings", "Government Buildings", optional=True)],
      [
          E("AGREE", "sign", [RAB, ["Peter Shanel Agovaka", "Jeremiah Manele", "SLB"]], "2026-11-10",
            "fji-slb-visa-waiver-2026-11", place="Suva", document="visa waiver agreement"),
          E("CONSULT", "meet", [RAB, MAN], "2026-11-10", "rabuka-manele-suva-2026-11", place="Suva"),
          # "a three-day official visit which began on Monday"
          E("CONSULT", "visit", [MAN, ["FJI", "Sitiveni Rabuka"]], "2026-11-09", "manele-fiji-visit-2026-11",
            date_end="2026-11-11", place="Suva"),
          # "last met on the sidelines of the Pacific Islands Forum leaders meeting in Honiara in September last year"
          E("CONSULT", "meet", [RAB, MAN], "2025-09", "rabuka-manele-honiara-2025-09", place="Honiara"),
          E("CONSULT", "multilateral", [RAB, MAN], "2025-09", "pif-leaders-honiara-2025-09", optional=True,
            place="Honiara", name="Pacific Islands Forum leaders meeting"),
          # "expected to visit Lautoka on Wednesday": planned, inside the host country
          E("CONSULT", "visit", [MAN], "2026-11-11", "manele-lautoka-2026-11", optional=True, place="Lautoka"),
      ],
      [Q("money", 86e6, "FJD"), Q("percent", 9, "%")])

# --- 12 (en, The Jakarta Post): IEU-CEPA signed in Brussels ---
VDL = ["Ursula von der Leyen", "EU"]
write("12_jakartapost_ieu_cepa_brussels.txt", "en", "2026-09-29", "The Jakarta Post", "Brussels",
      [C("IDN"), C("FRA"),
       P("Prabowo Subianto"), P("Airlangga Hartarto", "Airlangga Hartarto", "Airlangga"),
       P("Maroš Šefčovič", "Maroš Šefčovič", "Šefčovič", "Maros Sefcovic", "Sefcovic"),
       P("Ursula von der Leyen", "Ursula von der Leyen", "von der Leyen"),
       P("António Costa", "António Costa", "Antonio Costa", "Costa"),
       P("Emmanuel Macron", "Emmanuel Macron", "Macron"),
       P("Teuku Rizal Mahendra"), P("Nadya Kirana"),
       O("The Jakarta Post", "The Jakarta Post", "Jakarta Post"), O("EU"),
       O("European Commission", "European Commission"), O("European Council", "European Council"),
       O("European Parliament", "European Parliament"), O("BPS"), O("DPR"),
       O("CIPS", "Center for Indonesian Policy Studies", "CIPS", "Center for Indonesian Policy Studies (CIPS)"),
       L("Brussels"), L("Europa building", "Europa building", "Europa"), L("Bali"), L("Gaza"), L("Paris")],
      [
          # "signed ... by Coordinating Economic Minister Airlangga Hartarto and EU Trade Commissioner Maroš Šefčovič,
          # in the presence of President Prabowo Subianto, ... von der Leyen and ... Costa"
          E("AGREE", "sign", [["Airlangga Hartarto", "Prabowo Subianto", "IDN"],
                              ["Maroš Šefčovič", "Ursula von der Leyen", "António Costa", "EU"]],
            "2026-09-28", "ieu-cepa-signing-2026-09", place="Brussels",
            document="Comprehensive Economic Partnership Agreement (IEU-CEPA)"),
          # the Indonesia-EU leaders' talks: two parties, three leaders
          E("CONSULT", ["meet", "multilateral"], [PRA, VDL, ["António Costa", "EU"]], "2026-09-28",
            "prabowo-eu-leaders-2026-09", place="Brussels"),
          # "arrived in Brussels on Sunday for a two-day working visit"
          E("CONSULT", "visit", [PRA], "2026-09-27", "prabowo-brussels-visit-2026-09", date_end="2026-09-28",
            place="Brussels"),
          # "met in Brussels on July 13 last year and announced a political agreement"
          E("CONSULT", "meet", [PRA, VDL], "2025-07-13", "prabowo-von-der-leyen-2025-07", place="Brussels"),
          E("AGREE", None, [PRA, VDL], "2025-07-13", "ieu-cepa-political-deal-2025-07", optional=True),
          # negotiations concluded, nothing signed
          E("AGREE", None, [["Airlangga Hartarto", "IDN"], ["Maroš Šefčovič", "EU"]], "2025-09",
            "ieu-cepa-conclusion-2025-09", optional=True, place="Bali"),
          # scheduled for Tuesday, the day of publication
          E("CONSULT", "visit", [PRA, ["FRA"]], "2026-09-29", "prabowo-paris-visit-2026-09", optional=True,
            place="Paris"),
          E("CONSULT", "meet", [PRA, ["Emmanuel Macron", "FRA"]], "2026-09-29", "prabowo-macron-2026-09",
            optional=True, place="Paris"),
      ],
      [Q("percent", 98, "%"), Q("money", 30.1e9, "USD"), Q("percent", 6.2, "%"), Q("money", 4.5e9, "EUR"),
       Q("money", 5.2e9, "USD")])

_gold.finish()
