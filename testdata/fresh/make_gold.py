#!/usr/bin/env python3
"""Writes testdata/fresh/gold/*.gold.json from the annotation kept in this file: edit it and rerun
`python3 testdata/fresh/make_gold.py` rather than the JSON. The checks and --perfect are the shared
writer's (../goldgen.py)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

# ISO 3166-1 alpha-3 with the Indonesian and English names and demonyms that occur in the set.
COUNTRIES = {
    "IDN": ["Indonesia", "RI", "Republik Indonesia", "Indonesian", "Indonesians", "IDN"],
    "JPN": ["Jepang", "Japan", "Japanese", "JPN"],
    "KOR": ["Korea Selatan", "South Korea", "South Korean", "KOR"],
    "CHN": ["China", "Tiongkok", "Chinese", "RRT", "CHN"],
    "MYS": ["Malaysia", "Malaysian", "MYS"],
    "SGP": ["Singapura", "Singapore", "Singaporean", "SGP"],
    "THA": ["Thailand", "Thai", "THA"],
    "PHL": ["Filipina", "Philippines", "Filipino", "Philippine", "PHL"],
    "AUS": ["Australia", "Australian", "AUS"],
    "IND": ["India", "Indian", "IND"],
    "MEX": ["Meksiko", "Mexico", "Mexican", "MEX"],
    "USA": ["Amerika Serikat", "AS", "United States", "US", "USA"],
    "CAN": ["Kanada", "Canada", "CAN"],
    "BRA": ["Brazil", "Brasil", "Brazilian", "BRA"],
    "PNG": ["Papua New Guinea", "Papua Nugini", "PNG", "Papua New Guinean", "Papua New Guineans"],
    "NZL": ["New Zealand", "Selandia Baru", "NZL"],
}

PEOPLE = {
    "Prabowo Subianto": ["Prabowo Subianto", "Prabowo", "Presiden Prabowo", "Presiden Prabowo Subianto"],
    "Sanae Takaichi": ["Sanae Takaichi", "Takaichi", "PM Takaichi"],
    "Sugiono": ["Sugiono", "Menlu Sugiono"],
    "Toshimitsu Motegi": ["Toshimitsu Motegi", "Motegi"],
    "Naruhito": ["Naruhito", "Kaisar Naruhito", "Emperor Naruhito"],
    "Anwar Ibrahim": ["Anwar Ibrahim", "Anwar"],
    "Lawrence Wong": ["Lawrence Wong", "Wong"],
    "Sjafrie Sjamsoeddin": ["Sjafrie Sjamsoeddin", "Sjafrie"],
    "Richard Marles": ["Richard Marles", "Marles"],
    "Narendra Modi": ["Narendra Modi", "Modi"],
    "Lula": ["Luiz Inacio Lula da Silva", "Luiz Inácio Lula da Silva", "Lula da Silva", "Lula"],
    "Li Qiang": ["Li Qiang", "Li"],
}
ORGS = {
    "JBIC": ["Japan Bank for International Cooperation", "JBIC", "Japan Bank for International Cooperation (JBIC)"],
    "APEC": ["APEC", "Asia-Pacific Economic Cooperation", "Kerja Sama Ekonomi Asia-Pasifik"],
    "ANTARA": ["ANTARA", "Antara", "Kantor Berita Antara"],
    "Kemlu": ["Kementerian Luar Negeri", "Kemlu", "Kemlu RI", "Kementerian Luar Negeri RI"],
    "ASEAN": ["ASEAN", "Association of Southeast Asian Nations", "Perhimpunan Bangsa-Bangsa Asia Tenggara"],
    "BRICS": ["BRICS"],
    "Kemhan": ["Kementerian Pertahanan", "Kemhan", "Kemenhan", "Kantor Kementerian Pertahanan"],
    "Bakamla": ["Badan Keamanan Laut", "Bakamla", "Badan Keamanan Laut (Bakamla)"],
    "ADF": ["Angkatan Bersenjata Australia", "ADF", "Australian Defence Force", "Angkatan Bersenjata Australia (ADF)"],
}
PLACES = {
    "Tokyo": ["Tokyo"],
    "Jakarta": ["Jakarta"],
    "Gyeongju": ["Gyeongju"],
    "Seoul": ["Seoul"],
    "Batam": ["Batam"],
    "Selat Malaka": ["Selat Malaka", "Strait of Malacca", "Malacca Strait"],
    "Canberra": ["Canberra"],
    "Istana Merdeka": ["Istana Merdeka", "Merdeka Palace"],
    "New Delhi": ["New Delhi", "Delhi"],
    "Manila": ["Manila"],
    "Beijing": ["Beijing"],
}

sys.path.insert(0, os.path.dirname(HERE))
from goldgen import E, Gold, Q  # noqa: E402  (the shared helpers of testdata/*/make_gold.py)

_gold = Gold(HERE, COUNTRIES, PEOPLE, ORGS, PLACES, check_aliases=True)
C, P, O, L, write = _gold.C, _gold.P, _gold.O, _gold.L, _gold.write

PRA = ["Prabowo Subianto", "IDN"]
TAK = ["Sanae Takaichi", "JPN"]


# --- 01 (id, Kompas.com) and 09 (en, Kyodo): Prabowo's state visit to Japan, one event, two outlets ---
def tokyo_events(gyeongju_date):
    return [
        E("CONSULT", "meet", [PRA, TAK], "2026-11-16", "prabowo-takaichi-talks-2026-11", place="Tokyo"),
        # "mendarat ... Minggu (15/11) malam ... selama tiga hari" / "arrived ... on Sunday for a three-day state visit"
        E("CONSULT", "visit", [["Prabowo Subianto", "IDN"], ["JPN", "Sanae Takaichi"]], "2026-11-15",
          "prabowo-japan-visit-2026-11", date_end="2026-11-17", place="Tokyo"),
        # signed by the foreign ministers (and line ministers), witnessed by the leaders
        E("AGREE", "sign", [["Sugiono", "Prabowo Subianto", "IDN"], ["Toshimitsu Motegi", "Sanae Takaichi", "JPN"]],
          "2026-11-16", "idn-jpn-seven-mous-2026-11", place="Tokyo", document="tujuh nota kesepahaman (MoU)"),
        # recalled first meeting: Kompas gives the day, Kyodo only "in October last year"
        E("CONSULT", "meet", [PRA, TAK], gyeongju_date, "prabowo-takaichi-gyeongju-2025-10", place="Gyeongju"),
        # the APEC summit is the setting of the recalled bilateral only
        E("CONSULT", "multilateral", [], "2025-10-31", "apec-gyeongju-summit-2025", date_end="2025-11-01",
          optional=True, place="Gyeongju", name="KTT APEC"),
        # scheduled for the next day: planned
        E("CONSULT", "meet", [["Prabowo Subianto", "IDN"], ["Naruhito", "JPN"]], "2026-11-17",
          "prabowo-naruhito-2026-11", optional=True, place="Tokyo"),
    ]


write("01_kompascom_prabowo_takaichi_tokyo.txt", "id", "2026-11-16", "Kompas.com", "Tokyo",
      [C("IDN"), C("JPN"), C("KOR"),
       P("Prabowo Subianto"), P("Sanae Takaichi"), P("Sugiono"), P("Toshimitsu Motegi"), P("Naruhito"),
       P("Dian Kusumawardani"), P("Teguh Prasetyo"),
       O("Kompas.com", "Kompas.com", "KOMPAS.com", "Kompas"), O("JBIC"),
       O("Kemendag", "Kementerian Perdagangan", "Kemendag"), O("APEC"),
       L("Tokyo"), L("Kantei", "Kantei", "Kantor Perdana Menteri", "Kantor Perdana Menteri (Kantei)"),
       L("Bandara Haneda", "Bandara Haneda", "Haneda", "Haneda Airport"),
       L("Sulawesi Utara", "Sulawesi Utara", "North Sulawesi"),
       L("Asia Tenggara", "Asia Tenggara", "Southeast Asia", optional=True),
       L("Jakarta"), L("Gyeongju"), L("Istana Kekaisaran", "Istana Kekaisaran", "Imperial Palace"), L("Seoul")],
      tokyo_events("2025-10-31") + [
          # "bersepakat mempercepat perundingan": a deal reached, nothing signed
          E("AGREE", None, [PRA, TAK], "2025-10-31", "idn-jpn-ijepa-acceleration-2025-10", optional=True),
          # invitation accepted for 2027: planned
          E("CONSULT", "visit", [["Sanae Takaichi", "JPN"], ["IDN"]], "2027", "takaichi-jakarta-visit-2027",
            optional=True, place="Jakarta"),
          E("CONSULT", "visit", [["Prabowo Subianto", "IDN"], ["KOR"]], "2026-11-17", "prabowo-korea-visit-2026-11",
            optional=True, place="Seoul"),
      ],
      [Q("money", 1.2e9, "USD"), Q("money", 19.5e12, "IDR"), Q("money", 38.6e9, "USD"), Q("percent", 2.4, "%")])

write("09_kyodo_takaichi_prabowo.txt", "en", "2026-11-16", "Kyodo News", "Tokyo",
      [C("JPN"), C("IDN"), C("CHN"), C("KOR"),
       P("Sanae Takaichi"), P("Prabowo Subianto"), P("Toshimitsu Motegi"), P("Sugiono"), P("Naruhito"),
       O("Kyodo News", "Kyodo News", "KYODO NEWS", "Kyodo"), O("JBIC"), O("APEC"),
       O("Immigration Services Agency", "Immigration Services Agency", "Immigration Services Agency of Japan"),
       L("Tokyo"), L("Southeast Asia", "Southeast Asia", "Southeast Asia's", optional=True),
       L("North Sulawesi", "North Sulawesi", "Sulawesi Utara"),
       L("Indo-Pacific", "Indo-Pacific", optional=True),
       L("Imperial Palace", "Imperial Palace", "Istana Kekaisaran"), L("Gyeongju"),
       L("Senkaku Islands", "Senkaku Islands", "Senkaku"), L("East China Sea", "East China Sea"),
       L("South China Sea", "South China Sea", "Laut China Selatan"),
       # "Beijing's claims": the capital standing for its government
       L("Beijing", "Beijing", "Beijing's", optional=True)],
      tokyo_events("2025-10") + [
          # "agreed Monday to deepen cooperation": the deal behind the signing, nothing signed by itself
          E("AGREE", None, [PRA, TAK], "2026-11-16", "idn-jpn-cooperation-deal-2026-11", optional=True),
      ],
      [Q("money", 180e9, "JPY"), Q("money", 1.2e9, "USD"), Q("percent", 20, "%")])

# --- 02 (id, detikNews) and 03 (id, CNN Indonesia, the next day): trilateral meeting in Batam ---
ANW = ["Anwar Ibrahim", "MYS"]
WONG = ["Lawrence Wong", "SGP"]


def batam_events():
    return [
        E("CONSULT", "multilateral", [PRA, ANW, WONG], "2026-11-07", "batam-trilateral-2026-11", place="Batam"),
        E("AGREE", "sign", [PRA, ANW, WONG], "2026-11-07", "batam-joint-statement-2026-11", place="Batam",
          document="Pernyataan Bersama Batam tentang Konektivitas Energi dan Keamanan Maritim"),
        E("CONSULT", "meet", [PRA, WONG], "2026-11-07", "prabowo-wong-batam-2026-11", place="Batam"),
    ]


write("02_detik_ktt_trilateral_batam.txt", "id", "2026-11-07", "detikNews", "Batam",
      [C("IDN"), C("MYS"), C("SGP"),
       P("Prabowo Subianto"), P("Anwar Ibrahim"), P("Lawrence Wong"),
       P("Prasetyo Hadi", "Prasetyo Hadi", "Mensesneg Prasetyo Hadi"), P("Andhika Saputra"),
       O("detikNews", "detikNews", "detik", "detik.com"),
       L("Batam"), L("Kepulauan Riau", "Kepulauan Riau", "Kepri", "Riau Islands"), L("Selat Malaka"),
       L("Nongsa", "Nongsa", "kawasan Nongsa"),
       L("Bandara Hang Nadim", "Bandara Hang Nadim", "Hang Nadim", "Bandar Udara Internasional Hang Nadim"),
       L("Jakarta"), L("Istana Bogor", "Istana Bogor", "Bogor Palace"), L("Johor Bahru", "Johor Bahru", "Johor Baru"),
       # a growth-triangle name (Singapura-Johor-Riau) used as a region
       L("Sijori", "Sijori", optional=True)],
      batam_events() + [
          # "tiba ... pada Jumat (6/11) malam" for the Saturday meeting
          E("CONSULT", "visit", [["Anwar Ibrahim", "MYS"], ["IDN", "Prabowo Subianto"]], "2026-11-06",
            "anwar-batam-visit-2026-11", date_end="2026-11-07", place="Batam"),
          # "menyeberang dari Singapura ... pagi harinya": the day of the meeting
          E("CONSULT", "visit", [["Lawrence Wong", "SGP"], ["IDN", "Prabowo Subianto"]], "2026-11-07",
            "wong-batam-visit-2026-11", place="Batam"),
          E("CONSULT", "meet", [PRA, ANW], "2025-06-27", "prabowo-anwar-consultation-2025-06", place="Jakarta"),
          E("CONSULT", "meet", [WONG, PRA], "2026-01", "prabowo-wong-bogor-2026-01", place="Istana Bogor"),
          # the trips behind the two recalled meetings are implied only
          E("CONSULT", "visit", [ANW, ["IDN"]], "2025-06-27", "anwar-jakarta-visit-2025-06", optional=True,
            place="Jakarta"),
          E("CONSULT", "visit", [WONG, ["IDN"]], "2026-01", "wong-bogor-visit-2026-01", optional=True,
            place="Istana Bogor"),
          # "sepakat menggelar pertemuan serupa setiap tahun": agreed, nothing signed
          E("AGREE", None, [PRA, ANW, WONG], "2026-11-07", "batam-annual-meeting-deal-2026-11", optional=True),
          E("CONSULT", "multilateral", [PRA, ANW, WONG], "2027", "trilateral-johor-2027", optional=True,
            place="Johor Bahru"),
      ],
      [Q("percent", 6.8, "%"), Q("money", 10e9, "SGD")])

write("03_cnnindonesia_pernyataan_batam.txt", "id", "2026-11-08", "CNN Indonesia", "Jakarta",
      [C("IDN"), C("MYS"), C("SGP"), C("THA"), C("PHL"),
       P("Prabowo Subianto"), P("Anwar Ibrahim"), P("Lawrence Wong"),
       P("Nadia Kartikasari", "Nadia Kartikasari", "Nadia"), P("Hendra Pratama", "Hendra Pratama", "Hendra"),
       P("Anutin Charnvirakul", "Anutin Charnvirakul", "Anutin"),
       O("CNN Indonesia"),
       O("INDEF", "Institute for Development of Economics and Finance", "INDEF",
         "Institute for Development of Economics and Finance (INDEF)"),
       O("Kemlu"), O("ASEAN"),
       L("Jakarta"), L("Batam"), L("Johor"), L("Selat Malaka"),
       L("Selat Singapura", "Selat Singapura", "Singapore Strait"), L("Manila")],
      # "di Batam, kemarin" in a piece of Sunday 8 November; the Anutin meeting is denied: no event
      batam_events() + [
          # "sepakat membangun jaringan listrik terhubung": the content of the signed statement
          E("AGREE", None, [PRA, ANW, WONG], "2026-11-07", "batam-grid-deal-2026-11", optional=True),
          E("CONSULT", "multilateral", [], "2026-11-09", "asean-summit-manila-2026-11", date_end="2026-11-15",
            optional=True, place="Manila", name="KTT ASEAN"),
      ],
      [Q("money", 12e9, "USD"), Q("percent", 15, "%")])

# --- 04 (id, ANTARA) and 05 (id, Suara.com): one wire story and its near-copy ---
SJA = ["Sjafrie Sjamsoeddin", "IDN"]
MAR = ["Richard Marles", "AUS"]


def marles_events(idn=True):
    i = ["IDN"] if idn else []
    return [
        E("CONSULT", "meet", [["Sjafrie Sjamsoeddin"] + i, MAR], "2026-11-12", "sjafrie-marles-jakarta-2026-11",
          place="Jakarta"),
        # "menerima kunjungan ... Kamis", staying until Friday (13/11)
        E("CONSULT", "visit", [["Richard Marles", "AUS"], i + ["Sjafrie Sjamsoeddin"]], "2026-11-12",
          "marles-jakarta-visit-2026-11", date_end="2026-11-13", place="Jakarta"),
        E("AGREE", "sign", [["Sjafrie Sjamsoeddin"] + i, MAR], "2026-11-12", "idn-aus-maritime-arrangement-2026-11",
          place="Jakarta", document="pengaturan pelaksanaan tentang kerja sama keamanan maritim"),
        # recalled signing with its own date ("ditandatangani oleh Prabowo ... dan Marles di Canberra")
        E("AGREE", "sign", [["Prabowo Subianto"] + i, MAR], "2024-08-29", "idn-aus-dca-2024-08", place="Canberra",
          document="Perjanjian Kerja Sama Pertahanan (DCA)"),
        # "dijadwalkan diterima Presiden Prabowo ... Jumat (13/11)": planned
        E("CONSULT", "meet", [["Prabowo Subianto"] + i, MAR], "2026-11-13", "prabowo-marles-2026-11",
          optional=True, place="Istana Merdeka"),
    ]


write("04_antara_sjafrie_marles.txt", "id", "2026-11-12", "ANTARA", "Jakarta",
      [C("IDN"), C("AUS"),
       P("Sjafrie Sjamsoeddin"), P("Richard Marles"), P("Prabowo Subianto"),
       P("Fajar Nugraha"), P("Laksmi Wulandari"),
       O("ANTARA"), O("Kemhan"), O("Bakamla"), O("ADF"),
       O("TNI", "Tentara Nasional Indonesia", "TNI", "Tentara Nasional Indonesia (TNI)"),
       L("Jakarta"), L("Samudra Hindia", "Samudra Hindia", "Samudera Hindia", "Indian Ocean"),
       L("Laut Arafura", "Laut Arafura", "Arafura Sea"), L("Canberra"), L("Istana Merdeka")],
      marles_events(),
      [Q("money", 40e6, "AUD"), Q("percent", 25, "%")])

# the near-copy never names Indonesia: the Indonesian slots are filled by the people only
write("05_suara_sjafrie_marles.txt", "id", "2026-11-12", "Suara.com", None,
      [C("AUS"),
       P("Sjafrie Sjamsoeddin"), P("Richard Marles"), P("Prabowo Subianto"), P("Bagus Santosa"),
       O("Suara.com", "Suara.com", "Suara"), O("ANTARA"), O("Kemhan"), O("Bakamla"), O("ADF"),
       O("TNI", "TNI", "Tentara Nasional Indonesia"),
       L("Jakarta"), L("Samudra Hindia", "Samudra Hindia", "Samudera Hindia", "Indian Ocean"),
       L("Laut Arafura", "Laut Arafura", "Arafura Sea"), L("Canberra"), L("Istana Merdeka")],
      marles_events(idn=False),
      [Q("money", 40e6, "AUD"), Q("percent", 25, "%")])

# --- 06 (id, Tempo): FM phone call, planned joint commission, recalled state visit to India ---
MODI = ["Narendra Modi", "IND"]
write("06_tempo_sugiono_jaishankar.txt", "id", "2026-11-04", "Tempo.co", "Jakarta",
      [C("IDN"), C("IND"),
       P("Sugiono"), P("Subrahmanyam Jaishankar", "Subrahmanyam Jaishankar", "S. Jaishankar", "Jaishankar"),
       P("Prabowo Subianto"), P("Narendra Modi"), P("Arya Mahendra"), P("Raka Dwi Putra"), P("Laras Kinanti"),
       O("Tempo", "TEMPO.CO", "Tempo.co", "Tempo"), O("Kemlu"), O("BRICS"),
       O("Unpad", "Universitas Padjadjaran", "Unpad"),
       L("Jakarta"), L("New Delhi"), L("Hyderabad House")],
      [
          E("CONSULT", "phone", [["Sugiono", "IDN"], ["Subrahmanyam Jaishankar", "IND"]], "2026-11-03",
            "sugiono-jaishankar-call-2026-11"),
          # "sepakat menggelar Sidang Komisi Bersama ... Desember": agreed and planned
          E("AGREE", None, [["Sugiono", "IDN"], ["Subrahmanyam Jaishankar", "IND"]], "2026-11-03",
            "idn-ind-jcm-deal-2026-11", optional=True),
          E("CONSULT", "meet", [["Sugiono", "IDN"], ["Subrahmanyam Jaishankar", "IND"]], "2026-12",
            "idn-ind-joint-commission-2026-12", optional=True, place="Jakarta",
            name="Sidang Komisi Bersama Indonesia-India ke-10"),
          E("CONSULT", "visit", [["Subrahmanyam Jaishankar", "IND"], ["IDN"]], "2026-12",
            "jaishankar-jakarta-visit-2026-12", optional=True, place="Jakarta"),
          E("CONSULT", "visit", [PRA, ["IND", "Narendra Modi"]], "2025-01", "prabowo-india-visit-2025-01",
            place="New Delhi"),
          E("CONSULT", "meet", [PRA, MODI], "2025-01-25", "prabowo-modi-delhi-2025-01", place="Hyderabad House"),
          # "kemudian menyaksikan penandatanganan lima nota kesepahaman": after the talks of 25 January
          E("AGREE", "sign", [PRA, MODI], "2025-01-25", "idn-ind-five-mous-2025-01", place="New Delhi",
            document="lima nota kesepahaman"),
      ],
      [Q("percent", 40, "%"), Q("money", 29.4e9, "USD"), Q("money", 450e6, "USD")])

# --- 07 (id, Bisnis.com): IM-CEPA launch signed in Mexico City, a cancelled audience ---
BUDI = ["Budi Santoso", "IDN"]
write("07_bisnis_budi_ebrard_meksiko.txt", "id", "2026-10-28", "Bisnis.com", "Jakarta",
      [C("IDN"), C("MEX"),
       # inside the name of the USMCA agreement
       C("USA", optional=True), C("CAN", optional=True),
       P("Budi Santoso", "Budi Santoso", "Budi", "Mendag Budi Santoso"),
       P("Marcelo Ebrard", "Marcelo Ebrard", "Ebrard"), P("Julio Berdegué", "Julio Berdegué", "Berdegué"),
       P("Anindya Bakrie", "Anindya Bakrie", "Anindya"), P("Claudia Sheinbaum", "Claudia Sheinbaum", "Sheinbaum"),
       P("Dewi Anggraini"), P("Hendri Tri Widi"),
       O("Bisnis.com", "Bisnis.com", "Bisnis", "Bisnis Indonesia"),
       O("Aliansi Pasifik", "Aliansi Pasifik", "Pacific Alliance"),
       O("BPS", "Badan Pusat Statistik", "BPS", "Badan Pusat Statistik (BPS)"),
       O("Kadin", "Kamar Dagang dan Industri (Kadin) Indonesia", "Kamar Dagang dan Industri Indonesia",
         "Kamar Dagang dan Industri", "Kadin", "Kadin Indonesia"),
       O("KBRI Mexico City", "Kedutaan Besar RI di Mexico City", "Kedutaan Besar RI", "KBRI Mexico City", "KBRI"),
       L("Jakarta"), L("Mexico City", "Mexico City", "Kota Meksiko", "Ciudad de México"),
       L("Amerika Latin", "Amerika Latin", "Latin America", optional=True),
       L("Amerika Utara", "Amerika Utara", "North America", optional=True),
       L("Istana Nasional", "Istana Nasional", "Palacio Nacional", "National Palace"), L("Veracruz")],
      [
          E("AGREE", "sign", [BUDI, ["Marcelo Ebrard", "MEX"]], "2026-10-26", "im-cepa-launch-2026-10",
            place="Mexico City", document="pernyataan bersama peluncuran perundingan IM-CEPA"),
          # a minister's trade mission: signing on Monday, talks "sehari setelah"
          E("CONSULT", "visit", [BUDI, ["MEX"]], "2026-10-26", "budi-mexico-visit-2026-10", date_end="2026-10-27",
            place="Mexico City"),
          E("CONSULT", "meet", [BUDI, ["Julio Berdegué", "MEX"]], "2026-10-27", "budi-berdegue-2026-10",
            place="Mexico City"),
          # the audience with Sheinbaum was cancelled: it did not happen
          E("CONSULT", "meet", [BUDI, ["Claudia Sheinbaum", "MEX"]], "2026-10", "budi-sheinbaum-cancelled-2026-10",
            optional=True, place="Istana Nasional"),
      ],
      [Q("money", 2.1e9, "USD"), Q("percent", 11.3, "%"), Q("money", 5e9, "USD"), Q("money", 3.4e12, "IDR")])

# --- 08 (id, CNBC Indonesia): Marcos's state visit to Jakarta, five agreements ---
MARC = ["Ferdinand Marcos Jr.", "PHL"]
write("08_cnbcindonesia_prabowo_marcos.txt", "id", "2026-10-21", "CNBC Indonesia", "Jakarta",
      [C("IDN"), C("PHL"),
       P("Prabowo Subianto"), P("Ferdinand Marcos Jr.", "Ferdinand Marcos Jr.", "Ferdinand Marcos", "Marcos",
                                "Bongbong Marcos"),
       O("CNBC Indonesia"), O("ASEAN"),
       O("PT Dirgantara Indonesia", "PT Dirgantara Indonesia", "Dirgantara Indonesia", "PTDI"),
       L("Istana Merdeka"), L("Jakarta"), L("Laut Sulawesi", "Laut Sulawesi", "Celebes Sea", "Sulawesi Sea"),
       L("Bandara Halim Perdanakusuma", "Bandara Halim Perdanakusuma", "Halim Perdanakusuma", "Halim"),
       L("Bandung"), L("Kuala Lumpur"), L("Manila")],
      [
          # "tiba ... Selasa (20/10/2026) malam untuk kunjungan selama tiga hari"
          E("CONSULT", "visit", [MARC, ["IDN", "Prabowo Subianto"]], "2026-10-20", "marcos-indonesia-visit-2026-10",
            date_end="2026-10-22", place="Jakarta"),
          E("CONSULT", "meet", [PRA, MARC], "2026-10-21", "prabowo-marcos-jakarta-2026-10", place="Istana Merdeka"),
          # "ditandatangani oleh menteri terkait ... disaksikan langsung oleh Prabowo dan Marcos"
          E("AGREE", "sign", [PRA, MARC], "2026-10-21", "idn-phl-five-agreements-2026-10", place="Jakarta",
            document="lima perjanjian dan nota kesepahaman"),
          E("CONSULT", "meet", [PRA, MARC], "2025-10-26", "prabowo-marcos-kl-2025-10", place="Kuala Lumpur"),
          E("CONSULT", "multilateral", [], "2025-10-26", "asean-summit-47-kl-2025-10", date_end="2025-10-28",
            optional=True, place="Kuala Lumpur", name="KTT ASEAN ke-47"),
          # the Manila summit "akan digelar pada November": future
          E("CONSULT", "multilateral", [], "2026-11", "asean-summit-manila-2026-11", optional=True, place="Manila",
            name="KTT ASEAN"),
          E("CONSULT", "visit", [MARC], "2026-10-22", "marcos-bandung-2026-10", optional=True, place="Bandung"),
      ],
      [Q("money", 14.8e9, "USD"), Q("money", 240e12, "IDR"), Q("percent", 7.5, "%")])

# --- 10 (en, AFP): Lula's state visit to India, two pacts, recalled phone call and BRICS summit ---
LULA = ["Lula", "BRA"]
write("10_afp_modi_lula_delhi.txt", "en", "2026-11-10", "AFP", "New Delhi",
      [C("IND"), C("BRA"),
       P("Narendra Modi"), P("Lula"), P("Rajnath Singh", "Rajnath Singh", "Singh"),
       P("Jose Mucio Monteiro", "Jose Mucio Monteiro", "José Múcio Monteiro", "Mucio"),
       P("Harsh Vardhan Iyer", "Harsh Vardhan Iyer", "Iyer"), P("Priya Raman"),
       O("AFP", "AFP", "Agence France-Presse"), O("Observer Research Foundation", "Observer Research Foundation", "ORF"),
       O("Mercosur", "Mercosur", "MERCOSUR"), O("BRICS"),
       L("New Delhi"), L("Hyderabad House"), L("Mumbai"), L("Bangalore", "Bangalore", "Bengaluru"),
       L("Latin America", "Latin America", optional=True),
       # "days after Washington slapped steep tariffs": the capital standing for its government
       L("Washington", optional=True)],
      [
          E("CONSULT", "meet", [MODI, LULA], "2026-11-10", "modi-lula-delhi-2026-11", place="Hyderabad House"),
          # "a day after the Brazilian leader landed for a four-day state visit"
          E("CONSULT", "visit", [LULA, ["IND", "Narendra Modi"]], "2026-11-09", "lula-india-visit-2026-11",
            date_end="2026-11-12", place="New Delhi"),
          E("AGREE", "sign", [["Rajnath Singh", "Narendra Modi", "IND"], ["Jose Mucio Monteiro", "Lula", "BRA"]],
            "2026-11-10", "ind-bra-defence-pact-2026-11", place="New Delhi", document="defence pact"),
          E("AGREE", "sign", [MODI, LULA], "2026-11-10", "ind-bra-minerals-mou-2026-11", place="New Delhi",
            document="memorandum on the exploration of lithium and rare earths"),
          E("CONSULT", "phone", [MODI, LULA], "2025-08", "modi-lula-phone-2025-08"),
          # "hosted its summit in September, which Lula attended"
          E("CONSULT", "multilateral", [["IND", "Narendra Modi"], LULA], "2026-09", "brics-india-summit-2026-09",
            name="BRICS summit"),
          E("CONSULT", "meet", [LULA], "2026-11-12", "lula-mumbai-business-2026-11", optional=True, place="Mumbai"),
      ],
      [Q("money", 12.2e9, "USD"), Q("percent", 15, "%"), Q("money", 20e9, "USD")])

# --- 11 (en, AAP): Albanese in Port Moresby, recruitment arrangement under the Pukpuk treaty ---
ALB = ["Anthony Albanese", "AUS"]
MRP = ["James Marape", "PNG"]
write("11_aap_albanese_marape_moresby.txt", "en", "2026-11-18", "Australian Associated Press", None,
      [C("AUS"), C("PNG"), C("CHN"),
       P("Anthony Albanese", "Anthony Albanese", "Albanese", "Mr Albanese"),
       P("James Marape", "James Marape", "Marape", "Mr Marape"), P("Richard Marles"),
       P("Billy Joseph", "Billy Joseph", "Joseph"), P("Tom Whitcombe"),
       O("AAP", "Australian Associated Press", "AAP"), O("ADF"),
       L("Port Moresby"), L("Melanesian Haus"), L("Canberra"), L("Parliament House"), L("Bougainville"),
       L("Pacific", "Pacific", optional=True)],
      [
          E("CONSULT", "meet", [ALB, MRP], "2026-11-18", "albanese-marape-2026-11", place="Melanesian Haus"),
          # Wednesday is "the second day of Mr Albanese's three-day visit"
          E("CONSULT", "visit", [ALB, ["PNG", "James Marape"]], "2026-11-17", "albanese-png-visit-2026-11",
            date_end="2026-11-19", place="Port Moresby"),
          E("AGREE", "sign", [["Richard Marles", "Anthony Albanese", "AUS"], ["Billy Joseph", "James Marape", "PNG"]],
            "2026-11-18", "aus-png-adf-recruitment-2026-11", place="Port Moresby",
            document="arrangement on PNG citizens joining the Australian Defence Force"),
          E("AGREE", "sign", [ALB, MRP], "2025-10-06", "pukpuk-treaty-2025-10", place="Canberra",
            document="Pukpuk mutual defence treaty"),
          # the Bougainville leg was cancelled
          E("CONSULT", "visit", [ALB], "2026-11-19", "albanese-bougainville-cancelled-2026-11", optional=True,
            place="Bougainville"),
      ],
      # "$600 million" in an Australian wire story is Australian dollars
      [Q("money", 600e6, "AUD"), Q("percent", 12, "%"), Q("money", 8.1e9, "AUD")])

# --- 12 (en, Xinhua): Luxon's official visit to China, talks with Li and Xi, documents signed ---
LI = ["Li Qiang", "CHN"]
LUX = ["Christopher Luxon", "NZL"]
write("12_xinhua_li_qiang_luxon.txt", "en", "2026-11-19", "Xinhua", "Beijing",
      [C("CHN"), C("NZL"),
       P("Li Qiang"), P("Christopher Luxon", "Christopher Luxon", "Luxon"), P("Xi Jinping", "Xi Jinping", "Xi"),
       # the editor credit is a house pseudonym
       P("Huaxia", "Huaxia", optional=True),
       O("Xinhua", "Xinhua", "Xinhua News Agency"),
       L("Beijing"), L("Great Hall of the People", "Great Hall of the People", "Balai Agung Rakyat"),
       L("Diaoyutai State Guesthouse", "Diaoyutai State Guesthouse", "Diaoyutai"), L("Shanghai")],
      [
          E("CONSULT", "meet", [LI, LUX], "2026-11-19", "li-luxon-beijing-2026-11", place="Great Hall of the People"),
          E("CONSULT", "meet", [["Xi Jinping", "CHN"], LUX], "2026-11-19", "xi-luxon-beijing-2026-11",
            place="Diaoyutai State Guesthouse"),
          E("CONSULT", "visit", [LUX, ["CHN", "Li Qiang"]], "2026-11-18", "luxon-china-visit-2026-11",
            date_end="2026-11-21", place="Beijing"),
          E("AGREE", "sign", [LI, LUX], "2026-11-19", "chn-nzl-documents-2026-11", place="Beijing",
            document="bilateral cooperation documents"),
          E("CONSULT", "visit", [LI, ["NZL"]], "2024-06", "li-new-zealand-visit-2024-06"),
          E("CONSULT", "visit", [LUX, ["CHN"]], "2026-11", "luxon-shanghai-2026-11", optional=True, place="Shanghai"),
      ],
      [Q("money", 38.6e9, "NZD"), Q("money", 22.7e9, "USD"), Q("percent", 26, "%")])

_gold.finish()
