#!/usr/bin/env python3
"""Writes testdata/blind/gold/*.gold.json from the annotation kept in this file: edit it and rerun
`python3 testdata/blind/make_gold.py` rather than the JSON. The checks and --perfect are the shared
writer's (../goldgen.py)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

# ISO 3166-1 alpha-3 with the Indonesian and English names and demonyms that occur in the set.
COUNTRIES = {
    "IDN": ["Indonesia", "RI", "Republik Indonesia", "Indonesian", "IDN"],
    "PHL": ["Filipina", "Philippines", "Philippine", "Filipino", "PHL"],
    "CHN": ["Tiongkok", "China", "Cina", "RRT", "Republik Rakyat Tiongkok", "Chinese", "CHN"],
    "USA": ["Amerika Serikat", "AS", "United States", "U.S.", "US", "USA", "American"],
    "SGP": ["Singapura", "Singapore", "SGP"],
    "JPN": ["Jepang", "Japan", "Japanese", "JPN"],
    "SAU": ["Arab Saudi", "Saudi", "Saudi Arabia", "Kerajaan Arab Saudi", "SAU"],
    "EGY": ["Mesir", "Egypt", "Egyptian", "EGY"],
    "IRN": ["Iran", "Iranian", "IRN"],
    "GBR": ["Inggris", "United Kingdom", "UK", "Britain", "British", "GBR"],
    "FRA": ["Prancis", "France", "French", "FRA"],
    "DEU": ["Jerman", "Germany", "German", "DEU"],
    "OMN": ["Oman", "Omani", "OMN"],
    "ISR": ["Israel", "Israeli", "ISR"],
    "MYS": ["Malaysia", "Malaysian", "MYS"],
    "FJI": ["Fiji", "Fijian", "FJI"],
    "WSM": ["Samoa", "WSM"],
    "AUS": ["Australia", "Australian", "AUS"],
    "PNG": ["Papua Nugini", "Papua New Guinea", "PNG"],
    "VUT": ["Vanuatu", "VUT"],
    "MEX": ["Meksiko", "Mexico", "Mexican", "MEX"],
    "CHL": ["Chile", "Cile", "CHL"],
    "PER": ["Peru", "PER"],
    "COL": ["Kolombia", "Colombia", "COL"],
    "MMR": ["Myanmar", "Burma", "MMR"],
    "THA": ["Thailand", "Thai", "THA"],
    "BGD": ["Bangladesh", "BGD"],
    "KEN": ["Kenya", "Kenyan", "KEN"],
    "TUR": ["Turki", "Turkiye", "Türkiye", "Turkey", "TUR"],
    "ETH": ["Ethiopia", "Etiopia", "ETH"],
    "BRA": ["Brasil", "Brazil", "BRA"],
    "VNM": ["Vietnam", "Viet Nam", "Vietnamese", "VNM"],
    "JOR": ["Yordania", "Jordan", "Jordanian", "JOR"],
    "COD": ["Republik Demokratik Kongo", "Kongo", "Democratic Republic of the Congo", "DR Congo", "DRC", "COD"],
}

# people, organisations and places that recur across articles: one alias list each
PEOPLE = {
    "Prabowo Subianto": ["Prabowo Subianto", "Prabowo", "Presiden Prabowo", "Presiden Prabowo Subianto"],
    "Sugiono": ["Sugiono", "Menlu Sugiono"],
    "Sjafrie Sjamsoeddin": ["Sjafrie Sjamsoeddin", "Sjafrie", "Menhan Sjafrie"],
    "Gilberto Teodoro": ["Gilberto Teodoro", "Gilberto Teodoro Jr.", "Gibo Teodoro", "Teodoro"],
    "Ferdinand Marcos Jr.": ["Ferdinand Marcos Jr.", "Ferdinand Marcos Jr", "Ferdinand Marcos", "Marcos Jr.",
                             "Marcos Jr", "Marcos", "Bongbong Marcos", "Ferdinand R. Marcos Jr."],
    "Wang Yi": ["Wang Yi", "Menlu Wang Yi"],
    "Wang Lutong": ["Wang Lutong"],
    "Xi Jinping": ["Xi Jinping", "Presiden Xi Jinping", "Presiden Xi", "Xi"],
    "Yvonne Mewengkang": ["Yvonne Mewengkang", "Yvonne"],
}
ORGS = {
    "Kemlu": ["Kementerian Luar Negeri", "Kemlu", "Kementerian Luar Negeri (Kemlu)", "Kemenlu"],
    "Bakamla": ["Badan Keamanan Laut", "Bakamla", "Badan Keamanan Laut (Bakamla)",
                "Badan Keamanan Laut Republik Indonesia"],
    "CCG": ["Penjaga Pantai China", "Penjaga Pantai Cina", "CCG", "China Coast Guard",
            "Penjaga Pantai Tiongkok"],
    "PBB": ["Perserikatan Bangsa-Bangsa", "PBB", "United Nations", "UN"],
    "ASEAN": ["ASEAN", "Perhimpunan Bangsa-Bangsa Asia Tenggara", "Association of Southeast Asian Nations"],
    "PT PAL": ["PT PAL Indonesia", "PT PAL", "PAL", "PAL Indonesia"],
    "DPR": ["Dewan Perwakilan Rakyat", "DPR", "Komisi I DPR", "Komisi I"],
    "Uni Eropa": ["Uni Eropa", "UE", "European Union", "EU"],
}
PLACES = {
    "Manila": ["Manila"],
    "Camp Aguinaldo": ["Kamp Aguinaldo", "Camp Aguinaldo", "Camp General Emilio Aguinaldo"],
    "Malacanang": ["Istana Malacañang", "Istana Malacanang", "Malacanang Palace", "Malacañang Palace",
                   "Malacañang", "Malacanang"],
    "Laut Sulawesi": ["Laut Sulawesi", "Celebes Sea", "Sulawesi Sea"],
    "Laut Cina Selatan": ["Laut Cina Selatan", "Laut China Selatan", "Laut Tiongkok Selatan", "South China Sea"],
    "Laut Natuna Utara": ["Laut Natuna Utara", "Natuna Utara", "perairan Natuna Utara", "North Natuna Sea"],
}


sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldgen import E, Gold, Q  # noqa: E402  (the shared helpers of testdata/*/make_gold.py)

_gold = Gold(HERE, COUNTRIES, PEOPLE, ORGS, PLACES, check_aliases=True)
C, P, O, L, write = _gold.C, _gold.P, _gold.O, _gold.L, _gold.write

IDN_SJ = ["Sjafrie Sjamsoeddin", "IDN"]
PHL_GT = ["Gilberto Teodoro", "PHL"]


# --- 001 (id, Tempo) and 002 (en, Nikkei Asia HTML): the same defence visit to Manila ---
def manila_events(en):
    return [
        E("CONSULT", "visit", ["Sjafrie Sjamsoeddin", ["PHL", "Gilberto Teodoro"]], "2026-03-03",
          "sjafrie-manila-visit-2026-03", date_end="2026-03-05", place="Manila"),
        E("CONSULT", "meet", [IDN_SJ, PHL_GT], "2026-03-04", "sjafrie-teodoro-talks-2026-03",
          place="Camp Aguinaldo"),
        E("AGREE", "sign", [IDN_SJ, PHL_GT], "2026-03-04", "idn-phl-defence-arrangement-2026-03",
          place="Camp Aguinaldo",
          document="implementing arrangement" if en else "pengaturan pelaksanaan kerja sama pertahanan"),
        # Tempo reports the call on Marcos as done; Nikkei, writing a day earlier, as expected
        E("CONSULT", "meet", [IDN_SJ, ["Ferdinand Marcos Jr.", "PHL"]], "2026-03-03",
          "sjafrie-marcos-call-2026-03", date_end="2026-03-05", place="Malacanang", optional=en),
    ]


write("001_tempo_sjafrie_manila.txt", "id", "2026-03-09", "TEMPO.CO", "Jakarta",
      [C("IDN"), C("PHL"), C("USA"), C("CHN"), C("SGP"),
       P("Sjafrie Sjamsoeddin"), P("Gilberto Teodoro"), P("Ferdinand Marcos Jr."),
       P("Frega Wenas", "Frega Wenas", "Brigjen Frega Wenas", "Frega Ferdinand Wenas"),
       P("Beni Sukadis", "Beni Sukadis"), P("Daniel A. Fajri", "Daniel A. Fajri", "DANIEL A. FAJRI", "Daniel Fajri"),
       P("Han Revanda Putra", "Han Revanda Putra", "HAN REVANDA PUTRA"),
       P("Prabowo Subianto", optional=True),
       O("Tempo", "Tempo", "TEMPO.CO", "Tempo.co"),
       O("Kemhan", "Kementerian Pertahanan", "Kemhan", "Kemenhan"),
       O("AFP", "Angkatan Bersenjata Filipina", "AFP", "Armed Forces of the Philippines"),
       O("PT PAL"), O("Angkatan Laut Filipina", "Angkatan Laut Filipina", "Philippine Navy"),
       O("Kementerian Perdagangan", "Kementerian Perdagangan", "Kemendag"),
       O("Lesperssi", "Lembaga Studi Pertahanan dan Studi Strategis Indonesia", "Lesperssi",
         "Lembaga Studi Pertahanan dan Studi Strategis Indonesia (Lesperssi)"),
       O("Dialog Shangri-La", "Dialog Shangri-La", "Shangri-La Dialogue", optional=True),
       O("TNI", "TNI", "Tentara Nasional Indonesia", optional=True),
       L("Manila"), L("Jakarta"), L("Laut Cina Selatan"), L("Camp Aguinaldo"), L("Laut Sulawesi"),
       L("Surabaya"), L("Malacanang"),
       L("Washington", optional=True), L("Natuna", "Natuna", optional=True)],
      manila_events(en=False) + [
          E("CONSULT", "meet", [IDN_SJ, PHL_GT], "2025-06", "sjafrie-teodoro-shangrila-2025-06",
            place="Singapura"),
          E("CONSULT", "multilateral", [], "2025-06", "shangri-la-dialogue-2025", optional=True,
            place="Singapura", name="Dialog Shangri-La"),
          E("CONSULT", "visit", ["Gilberto Teodoro", "IDN"], "2026", "teodoro-jakarta-visit-planned",
            optional=True, place="Jakarta"),
      ],
      [Q("money", 280e6, "USD"), Q("percent", 1, "%"), Q("money", 11.4e9, "USD")])

write("002_nikkei_indonesia_philippines_defense.html", "en", "2026-03-04", "Nikkei Asia", "Manila",
      [C("IDN"), C("PHL"), C("CHN"), C("USA"), C("JPN", optional=True), C("VNM", optional=True),
       P("Sjafrie Sjamsoeddin"), P("Gilberto Teodoro"), P("Ferdinand Marcos Jr."),
       P("Evan Laksmana", "Evan Laksmana", "Evan A. Laksmana", "Laksmana"),
       P("Cliff Venzon", "Cliff Venzon", "CLIFF VENZON"), P("Erwida Maulia", "Erwida Maulia", "ERWIDA MAULIA"),
       P("Ted Aljibe", "Ted Aljibe", optional=True),
       P("Prabowo Subianto", optional=True),
       O("Nikkei Asia", "Nikkei Asia", "Nikkei", "Nikkei Asian Review"),
       O("Nikkei Inc.", "Nikkei Inc.", "Nikkei Inc", optional=True),
       O("AFP", "Armed Forces of the Philippines", "AFP", "Angkatan Bersenjata Filipina"),
       O("PT PAL"), O("Philippine Navy", "Philippine Navy", "Angkatan Laut Filipina"),
       O("IISS", "International Institute for Strategic Studies", "IISS"),
       L("Manila"), L("Jakarta"), L("Surabaya"), L("Camp Aguinaldo"), L("Laut Sulawesi"),
       L("Malacanang"), L("Laut Cina Selatan"),
       L("Washington", optional=True), L("Beijing", optional=True),
       # stock indices in the page's ticker
       L("Shanghai", optional=True), O("Hang Seng", "Hang Seng", optional=True),
       L("Southeast Asia", "Southeast Asia", "Southeast Asian", "Asia Tenggara", optional=True)],
      manila_events(en=True) + [
          E("CONSULT", "visit", ["Ferdinand Marcos Jr.", ["IDN"]], "2022-09", "marcos-idn-state-visit-2022-09",
            place="Indonesia"),
      ],
      [Q("money", 280e6, "USD"), Q("money", 11.4e9, "USD")])

# --- 003 (CNN Indonesia) and 004 (Republika): the same coast-guard incident and phone call ---
SUG = ["Sugiono", "IDN"]
WY = ["Wang Yi", "CHN"]
NATUNA_SHARED = [
    E("CONSULT", "phone", [SUG, WY], "2026-04-14", "sugiono-wangyi-phone-2026-04"),
    # summoning an ambassador to hand over a protest note: a diplomatic contact, but not talks
    E("CONSULT", "meet", [["Kemlu", "IDN"], ["Wang Lutong", "CHN"]], "2026-04-14",
      "kemlu-summons-wang-lutong-2026-04", optional=True),
]


def joint_statement_2024(date):
    return E("AGREE", "sign", [["Prabowo Subianto", "IDN"], ["Xi Jinping", "CHN"]], date,
             "prabowo-xi-joint-statement-2024-11", place="Beijing", document="pernyataan bersama")


write("003_cnnindonesia_kapal_china_natuna.txt", "id", "2026-04-15", "CNN Indonesia", "Jakarta",
      [C("IDN"), C("CHN"),
       P("Sugiono"), P("Wang Yi"), P("Yvonne Mewengkang"),
       P("Irvansyah", "Irvansyah", "Laksamana Madya Irvansyah"), P("Wang Lutong"),
       P("Prabowo Subianto"), P("Xi Jinping"), P("Hikmahanto Juwana", "Hikmahanto Juwana", "Hikmahanto"),
       O("CNN Indonesia", "CNN Indonesia", "CNNIndonesia.com"), O("Kemlu"), O("Bakamla"), O("CCG"),
       O("Universitas Indonesia", "Universitas Indonesia", "UI"),
       O("PBB", optional=True),
       L("Jakarta"), L("Laut Natuna Utara"), L("Pulau Laut", "Pulau Laut"), L("Batam"),
       L("Natuna", "Natuna"), L("Beijing")],
      NATUNA_SHARED + [joint_statement_2024("2024-11-09")],
      [Q("money", 147e9, "USD"), Q("percent", 6.2, "%")])

write("004_republika_natuna_telepon.txt", "id", "2026-04-16", "REPUBLIKA.CO.ID", "Jakarta",
      [C("IDN"), C("CHN"),
       P("Sugiono"), P("Wang Yi"), P("Fitriyan Zamzami"), P("Sukamta"), P("Wang Lutong"),
       P("Waffaa Kharisma"), P("Prabowo Subianto"), P("Xi Jinping"), P("Hendri"), P("Lintar Satria"),
       O("Republika", "Republika", "REPUBLIKA.CO.ID", "Republika.co.id"), O("Kemlu"), O("DPR"),
       O("PKS", "PKS", "Fraksi PKS", "Partai Keadilan Sejahtera"), O("ASEAN"), O("Bakamla"), O("CCG"),
       O("CSIS", "Centre for Strategic and International Studies", "CSIS",
         "Centre for Strategic and International Studies (CSIS)"),
       O("Aliansi Nelayan Natuna", "Aliansi Nelayan Natuna"),
       L("Jakarta"), L("Laut Natuna Utara"), L("Laut Cina Selatan"), L("Bali"), L("Hangzhou"),
       L("Kompleks Parlemen", "Kompleks Parlemen", "Kompleks Parlemen Senayan"),
       L("Senayan", optional=True), L("Pejambon", optional=True),
       L("Natuna", "Natuna", "Kabupaten Natuna"), L("Kepulauan Riau", "Kepulauan Riau", "Kepri"),
       L("Beijing")],
      NATUNA_SHARED + [
          E("AGREE", None, [SUG, WY], "2026-04-14", "sugiono-wangyi-revive-mechanism-2026-04", optional=True),
          E("CONSULT", "meet", ["IDN", "CHN"], "2025-08", "idn-chn-maritime-consultation-2025-08", place="Bali"),
          E("CONSULT", "meet", ["IDN", "CHN"], "2026-05", "idn-chn-maritime-consultation-2026-05",
            optional=True, place="Hangzhou"),
          # a minister before a parliamentary committee: domestic
          E("CONSULT", "meet", [SUG, "DPR"], "2026-04-15", "sugiono-komisi-i-2026-04", optional=True),
          joint_statement_2024("2024-11"),
      ],
      [Q("percent", 30, "%"), Q("money", 8.1e9, "USD")])

# --- 005 (detikNews HTML): Prabowo in Riyadh ---
PRA = ["Prabowo Subianto", "IDN"]
MBS = ["Mohammed bin Salman", "SAU"]
write("005_detik_prabowo_riyadh.html", "id", "2026-06-02", "detikNews", "Jakarta",
      [C("IDN"), C("SAU"), C("EGY"), C("JOR", optional=True),
       P("Prabowo Subianto"),
       P("Mohammed bin Salman", "Mohammed bin Salman", "MBS", "Putra Mahkota Mohammed bin Salman",
         "Muhammad bin Salman", "Pangeran Mohammed bin Salman"),
       P("Teddy Indra Wijaya", "Teddy Indra Wijaya", "Teddy"), P("Rosan Roeslani", "Rosan Roeslani", "Rosan"),
       P("Khalid Al-Falih", "Khalid Al-Falih", "Khalid Al Falih", "Al-Falih"),
       P("Abdel Fattah al-Sisi", "Abdel Fattah al-Sisi", "Abdel Fattah el-Sisi", "Abdel Fattah As-Sisi", "al-Sisi",
         "Sisi"),
       P("Firda Cynthia Anggrainy", "Firda Cynthia Anggrainy"),
       P("Muchlis Jr", "Muchlis Jr", "Muchlis Jr.", optional=True),
       P("Sugiono", optional=True), P("Erdogan", "Erdogan", optional=True),
       O("detikNews", "detikNews", "detikcom", "detik.com", "Detik", "detik"),
       O("Danantara", "Danantara", "Badan Pengelola Investasi Daya Anagata Nusantara",
         "BPI Danantara", "Badan Pengelola Investasi Daya Anagata Nusantara (Danantara)"),
       O("PIF", "Public Investment Fund", "PIF", "Public Investment Fund (PIF)"),
       O("Kementerian Perdagangan", "Kementerian Perdagangan", "Kemendag"),
       O("Dewan Koordinasi Tertinggi Indonesia-Arab Saudi", "Dewan Koordinasi Tertinggi Indonesia-Arab Saudi",
         "Dewan Koordinasi Tertinggi", optional=True),
       O("BPMI Setpres", "BPMI Setpres", optional=True),
       # the portal's sections in the navigation bar and footer
       O("detikFinance", "detikFinance", optional=True), O("detikSport", "detikSport", optional=True),
       O("detikHot", "detikHot", optional=True), O("detikInet", "detikInet", optional=True),
       O("detikNetwork", "detikNetwork", optional=True),
       L("Riyadh"), L("Istana Al-Yamamah", "Istana Al-Yamamah", "Istana Al Yamamah", "Al-Yamamah Palace",
                      "Al Yamamah"),
       L("Jakarta"), L("Jeddah"), L("Kairo", "Kairo", "Cairo"), L("Ankara", optional=True)],
      [
          E("CONSULT", "visit", ["Prabowo Subianto", ["SAU", "Mohammed bin Salman"]], "2026-05-31",
            "prabowo-saudi-visit-2026-06", date_end="2026-06-01", place="Riyadh"),
          E("CONSULT", "meet", [PRA, MBS], "2026-06-01", "prabowo-mbs-talks-2026-06", place="Istana Al-Yamamah"),
          E("AGREE", "sign", [["Rosan Roeslani", "IDN", "Prabowo Subianto"],
                              ["Khalid Al-Falih", "SAU", "Mohammed bin Salman"]],
            "2026-06-01", "idn-sau-investment-mou-2026-06", place="Riyadh",
            document="nota kesepahaman (MoU) di bidang investasi"),
          E("AGREE", "sign", [["Danantara", "IDN"], ["PIF", "SAU"]], "2026-05-31",
            "danantara-pif-framework-2026-06", date_end="2026-06-01", place="Riyadh",
            document="perjanjian kerangka kerja untuk dana investasi bersama"),
          E("AGREE", None, [PRA, MBS], "2026-06-01", "prabowo-mbs-pillars-2026-06", optional=True),
          E("CONSULT", "meet", [PRA, MBS], "2025-07", "prabowo-mbs-jeddah-2025-07", place="Jeddah"),
          E("AGREE", None, [PRA, MBS], "2025-07", "idn-sau-council-2025-07", optional=True),
          E("CONSULT", "visit", ["Prabowo Subianto", ["EGY", "Abdel Fattah al-Sisi"]], "2026-06",
            "prabowo-cairo-visit-2026-06", optional=True, place="Kairo"),
          E("CONSULT", "meet", [PRA, ["Abdel Fattah al-Sisi", "EGY"]], "2026-06",
            "prabowo-sisi-talks-2026-06", optional=True, place="Kairo"),
      ],
      [Q("money", 10e9, "USD"), Q("money", 10e9, "USD", optional=True), Q("money", 163e12, "IDR"),
       Q("money", 6.3e9, "USD")])

# --- 006 (Al Jazeera): Iran-E3 sanctions talks in Geneva ---
ARA = ["Abbas Araghchi", "IRN"]
write("006_aljazeera_iran_e3_geneva.txt", "en", "2026-07-10", "Al Jazeera", None,
      [C("IRN"), C("GBR"), C("FRA"), C("DEU"), C("OMN"), C("ISR"), C("USA"),
       P("Abbas Araghchi", "Abbas Araghchi", "Araghchi"), P("Yvette Cooper", "Yvette Cooper", "Cooper"),
       P("Jean-Noel Barrot", "Jean-Noel Barrot", "Jean-Noël Barrot", "Barrot"),
       P("Johann Wadephul", "Johann Wadephul", "Wadephul"), P("Kaja Kallas", "Kaja Kallas", "Kallas"),
       P("Badr Albusaidi", "Badr Albusaidi", "Badr al-Busaidi", "Sayyid Badr Albusaidi", "Albusaidi"),
       P("Rafael Grossi", "Rafael Grossi", "Rafael Mariano Grossi", "Grossi"),
       P("Sanam Vakil", "Sanam Vakil", "Vakil"), P("Maziar Motamedi", "Maziar Motamedi"),
       O("Al Jazeera", "Al Jazeera", "AL JAZEERA", "Aljazeera"), O("Uni Eropa"), O("PBB"),
       O("IAEA", "International Atomic Energy Agency", "IAEA", "International Atomic Energy Agency (IAEA)"),
       O("State Department", "State Department", "US State Department", "U.S. State Department",
         "Department of State"),
       O("Chatham House", "Chatham House"),
       O("E3", "E3", optional=True),
       L("Geneva", "Geneva", "Jenewa", "Genève"), L("Vienna", "Vienna", "Wina"),
       L("Gulf", "Gulf", "the Gulf", "Persian Gulf", "Teluk"),
       L("Tehran", optional=True), L("Muscat", optional=True), L("Washington", optional=True),
       L("Europe", "Europe", "Europe's", "Eropa", optional=True),
       L("Middle East", "Middle East", "Timur Tengah", optional=True),
       L("North Africa", "North Africa", optional=True),
       L("Iranian mission to the UN", "Iranian mission to the UN", optional=True)],
      [
          # Iran, three European ministers and the EU: five parties; the text calls it a meeting
          E("CONSULT", ["multilateral", "meet"], [ARA], "2026-07-09", "iran-e3-geneva-2026-07",
            place="Geneva"),
          E("CONSULT", "phone", [ARA, ["Badr Albusaidi", "OMN"]], "2026-07-08", "araghchi-albusaidi-phone-2026-07"),
          E("CONSULT", "meet", [ARA, ["Rafael Grossi", "IAEA"]], "2026-07-01", "araghchi-grossi-vienna-2026-07",
            date_end="2026-07-09", place="Vienna"),
          E("CONSULT", ["multilateral", "meet"], [ARA], "2026-07", "iran-e3-muscat-planned-2026-07",
            optional=True, place="Muscat"),
          E("AGREE", None, ["IRN"], "2015", "jcpoa-2015", optional=True),
      ],
      [Q("percent", 40, "%"), Q("percent", 45, "%")])

# --- 007 (Jakarta Post opinion): argument only, no reported talks or signings ---
write("007_jakartapost_opinion_climate_finance.txt", "en", "2026-08-21", "The Jakarta Post", None,
      [C("IDN"), C("USA"), C("DEU"), C("JPN"),
       P("Dewi Anggraini", "Dewi Anggraini"),
       O("The Jakarta Post", "The Jakarta Post", "Jakarta Post"),
       O("PLN", "PLN", "Perusahaan Listrik Negara", "PT PLN"),
       O("International Partners Group", "International Partners Group", "IPG"),
       O("ADB", "Asian Development Bank", "ADB", "Bank Pembangunan Asia"),
       O("IESR", "Institute for Essential Services Reform", "IESR",
         "Institute for Essential Services Reform (IESR)"),
       # a partnership programme (none of the four types) that has a secretariat: borderline
       O("JETP", "JETP", "Just Energy Transition Partnership", "JETP secretariat", "JETP Secretariat",
         optional=True),
       L("Jakarta"), L("Sulawesi"), L("Maluku"),
       L("Cirebon-1", "Cirebon-1", "Cirebon-1 plant", optional=True)],
      [
          # "Four years after the JETP was launched": an implied, undated launch
          E("AGREE", None, ["IDN"], "2022", "jetp-launch-2022", optional=True),
      ],
      [Q("percent", 60, "%"), Q("money", 20e9, "USD"), Q("money", 20e9, "USD", optional=True),
       Q("percent", 4, "%"), Q("money", 1e9, "USD", optional=True)])

# --- 008 (Bernama): Fijian prime minister's official visit to Malaysia ---
ANW = ["Anwar Ibrahim", "MYS"]
RAB = ["Sitiveni Rabuka", "FJI"]
write("008_bernama_malaysia_fiji.txt", "en", "2026-09-11", "Bernama", "Putrajaya",
      [C("MYS"), C("FJI"), C("SGP"), C("WSM"), C("AUS"),
       P("Sitiveni Rabuka", "Sitiveni Rabuka", "Rabuka", "Sitiveni Ligamamada Rabuka"),
       P("Anwar Ibrahim", "Anwar Ibrahim", "Anwar", "Datuk Seri Anwar Ibrahim"),
       P("Zambry Abdul Kadir", "Zambry Abdul Kadir", "Datuk Seri Dr Zambry Abdul Kadir", "Zambry"),
       P("Johari Abdul Ghani", "Johari Abdul Ghani", "Datuk Seri Johari Abdul Ghani", "Johari"),
       P("Aseri Radrodro", "Aseri Radrodro", "Radrodro"),
       O("Bernama", "Bernama", "BERNAMA"),
       O("UTM", "Universiti Teknologi Malaysia", "UTM", "Universiti Teknologi Malaysia (UTM)"),
       O("MITI", "Ministry of Investment, Trade and Industry", "MITI"),
       O("MTCP", "Malaysian Technical Cooperation Programme", "MTCP", optional=True),
       O("CHOGM", "Commonwealth Heads of Government Meeting", "CHOGM", optional=True),
       O("Wisma Putra", "Wisma Putra", optional=True),
       L("Putrajaya"), L("Seri Perdana"),
       L("KLIA", "Kuala Lumpur International Airport", "KLIA"),
       L("Kuala Lumpur", optional=True),
       L("Port Klang"), L("Apia"), L("Suva"),
       L("Pacific", "Pacific", "Pasifik", optional=True)],
      [
          E("CONSULT", "visit", ["Sitiveni Rabuka", ["MYS", "Anwar Ibrahim"]], "2026-09-09",
            "rabuka-malaysia-visit-2026-09", date_end="2026-09-12", place="Putrajaya"),
          E("CONSULT", "meet", [ANW, RAB], "2026-09-10", "anwar-rabuka-talks-2026-09", place="Seri Perdana"),
          E("AGREE", "sign", [["Anwar Ibrahim", "MYS", "Zambry Abdul Kadir", "Johari Abdul Ghani"],
                              ["Sitiveni Rabuka", "FJI", "Aseri Radrodro"]],
            "2026-09-10", "mys-fji-three-mous-2026-09", place="Seri Perdana",
            document="three memoranda of understanding (MoUs)"),
          E("AGREE", None, [ANW, RAB], "2026-09-10", "mys-fji-air-links-2026-09", optional=True),
          E("CONSULT", "meet", [ANW, RAB], "2024-10", "anwar-rabuka-chogm-2024-10", place="Apia"),
          E("CONSULT", "multilateral", [], "2024-10", "chogm-apia-2024", optional=True, place="Apia",
            name="Commonwealth Heads of Government Meeting"),
          E("CONSULT", "visit", ["Sitiveni Rabuka", "SGP"], "2026-09-12", "rabuka-singapore-2026-09",
            optional=True),
      ],
      [Q("money", 312.5e6, "MYR"), Q("percent", 8.4, "%")])

# --- 009 (Liputan6): courtesy call by PNG's foreign minister; a deputy minister in Port Vila ---
ARIF = ["Arif Havas Oegroseno", "IDN"]
write("009_liputan6_sugiono_png_vanuatu.txt", "id", "2026-10-13", "Liputan6.com", "Jakarta",
      [C("IDN"), C("PNG"), C("VUT"),
       P("Sugiono"), P("Justin Tkatchenko", "Justin Tkatchenko", "Tkatchenko"),
       P("Benedikta Miranti T.V.", "Benedikta Miranti T.V.", "Benedikta Miranti T.V", "Benedikta Miranti"),
       P("Prabowo Subianto"), P("James Marape", "James Marape", "Marape"),
       P("Arif Havas Oegroseno", "Arif Havas Oegroseno", "Arif Havas"), P("Marc Ati", "Marc Ati"),
       P("Adriana Elisabeth", "Adriana Elisabeth", "Adriana"),
       O("Liputan6.com", "Liputan6.com", "Liputan6", "Liputan 6"),
       O("Komite Perbatasan Bersama", "Komite Perbatasan Bersama", "Joint Border Committee", "JBC"),
       O("Kemlu"), O("PBB"),
       O("BRIN", "Badan Riset dan Inovasi Nasional", "BRIN", "Badan Riset dan Inovasi Nasional (BRIN)"),
       O("Pusat Riset Politik", "Pusat Riset Politik", optional=True),
       O("PIF", "Forum Kepulauan Pasifik", "PIF", "Pacific Islands Forum", "Forum Kepulauan Pasifik (PIF)"),
       L("Gedung Pancasila"), L("Jakarta"), L("Jayapura"), L("Port Moresby"), L("Papua"), L("Wutung"),
       L("Istana Merdeka"), L("Port Vila"),
       L("Pasifik", "Pasifik", "Pacific", optional=True)],
      [
          # a courtesy call: talks in Jakarta; the trip itself is only implied
          E("CONSULT", "meet", [SUG, ["Justin Tkatchenko", "PNG"]], "2026-10-12", "sugiono-tkatchenko-2026-10",
            place="Gedung Pancasila"),
          E("CONSULT", "visit", ["Justin Tkatchenko", "IDN"], "2026-10-12", "tkatchenko-jakarta-visit-2026-10",
            optional=True, place="Jakarta"),
          E("AGREE", None, [SUG, ["Justin Tkatchenko", "PNG"]], "2026-10-12", "idn-png-jbc-agreed-2026-10",
            optional=True),
          E("CONSULT", "meet", ["IDN", "PNG"], "2026-12", "idn-png-jbc-2026-12", optional=True,
            place="Port Moresby"),
          E("CONSULT", "meet", ["IDN", "PNG"], "2023", "idn-png-jbc-2023", place="Jayapura"),
          E("CONSULT", "meet", [PRA, ["James Marape", "PNG"]], "2026-06", "prabowo-marape-2026-06",
            place="Istana Merdeka"),
          E("CONSULT", "visit", ["James Marape", "IDN"], "2026-06", "marape-jakarta-visit-2026-06", optional=True),
          E("AGREE", "sign", [PRA, ["James Marape", "PNG"]], "2026-06", "idn-png-defence-agreement-2026-06",
            place="Istana Merdeka", document="perjanjian kerja sama pertahanan"),
          # "Awal bulan ini" in a piece of 13 October: the first ten days of the month
          E("CONSULT", "visit", ["Arif Havas Oegroseno", ["VUT", "Marc Ati"]], "2026-10-01",
            "arif-havas-port-vila-2026-10", date_end="2026-10-10", place="Port Vila"),
          E("CONSULT", "meet", [ARIF, ["Marc Ati", "VUT"]], "2026-10-01", "arif-havas-marc-ati-2026-10",
            date_end="2026-10-10", place="Port Vila"),
          E("AGREE", "sign", [ARIF, ["Marc Ati", "VUT"]], "2026-10-01", "idn-vut-technical-agreement-2026-10",
            date_end="2026-10-10", place="Port Vila", document="perjanjian kerja sama teknik"),
      ],
      [Q("money", 45e9, "IDR"), Q("percent", 12, "%"), Q("money", 1.1e9, "USD")])

# --- 010 (Kontan): Indonesia-Mexico CEPA launch ---
BUDI = ["Budi Santoso", "IDN"]
EBR = ["Marcelo Ebrard", "MEX"]
write("010_kontan_ri_meksiko_cepa.txt", "id", "2026-05-19", "KONTAN.CO.ID", "Jakarta",
      [C("IDN"), C("MEX"), C("CHL"), C("PER"), C("COL"),
       P("Siti Masitoh", "Siti Masitoh"), P("Tendi Mahadi", "Tendi Mahadi"),
       P("Budi Santoso", "Budi Santoso", "Budi", "Mendag Budi Santoso"),
       P("Marcelo Ebrard", "Marcelo Ebrard", "Ebrard"),
       P("Mohammad Faisal", "Mohammad Faisal", "Faisal"),
       P("Djatmiko Bris Witjaksono", "Djatmiko Bris Witjaksono", "Djatmiko"),
       O("Kontan", "Kontan", "KONTAN.CO.ID", "Kontan.co.id"),
       O("Kementerian Ekonomi Meksiko", "Kementerian Ekonomi Meksiko", "Secretaría de Economía",
         "Kementerian Ekonomi"),
       O("BPS", "Badan Pusat Statistik", "BPS", "Badan Pusat Statistik (BPS)"),
       O("CCE", "Dewan Pengusaha Meksiko", "CCE", "Consejo Coordinador Empresarial"),
       O("CORE Indonesia", "Center of Reform on Economics", "CORE Indonesia", "CORE",
         "Center of Reform on Economics (CORE) Indonesia"),
       O("Aliansi Pasifik", "Aliansi Pasifik", "Pacific Alliance", "Alianza del Pacífico"),
       O("Ditjen PPI", "Direktorat Jenderal Perundingan Perdagangan Internasional",
         "Perundingan Perdagangan Internasional", optional=True),
       L("Mexico City", "Mexico City", "Kota Meksiko", "Ciudad de México"), L("Jakarta"),
       L("Monterrey"), L("Nuevo Leon", "Nuevo Leon", "Nuevo León"),
       L("Amerika Latin", "Amerika Latin", "Latin America", optional=True),
       L("Amerika Utara", "Amerika Utara", "North America", optional=True)],
      [
          E("CONSULT", "visit", ["Budi Santoso", "MEX"], "2026-05-15", "budi-mexico-visit-2026-05",
            date_end="2026-05-16", place="Mexico City"),
          E("CONSULT", "meet", [BUDI, EBR], "2026-05-15", "budi-ebrard-talks-2026-05", place="Mexico City"),
          E("AGREE", "sign", [BUDI, EBR], "2026-05-15", "im-cepa-launch-mou-2026-05", place="Mexico City",
            document="nota kesepahaman peluncuran perundingan IM-CEPA"),
          # a video call: remote talks, printed as phone or other
          E("CONSULT", ["phone", "other"], [BUDI, EBR], "2026-03", "budi-ebrard-video-2026-03"),
          E("AGREE", None, [BUDI, EBR], "2026-03", "im-cepa-terms-of-reference-2026-03", optional=True),
          # talks with a business council abroad: not between state actors
          E("CONSULT", "meet", [BUDI, "CCE"], "2026-05-15", "budi-cce-monterrey-2026-05", date_end="2026-05-16",
            optional=True, place="Monterrey"),
          E("AGREE", "sign", ["IDN", "CHL"], "2017-12", "ic-cepa-signing-2017-12",
            document="CEPA dengan Chile"),
          E("AGREE", "sign", ["IDN", "PER"], "2025-08", "ip-cepa-signing-2025-08",
            document="CEPA dengan Peru"),
          E("CONSULT", "meet", ["IDN", "MEX"], "2026-08", "im-cepa-round-1-2026-08", optional=True,
            place="Jakarta"),
      ],
      [Q("percent", 50, "%"), Q("money", 4.2e9, "USD"), Q("money", 1.3e9, "USD")])

# --- 011 (kumparan): a denied meeting; the real talks in Bangkok and a phone call ---
write("011_kumparan_kemlu_bantah_myanmar.txt", "id", "2026-09-24", "kumparanNEWS", None,
      [C("IDN"), C("MMR"), C("THA"), C("PHL"), C("BGD"),
       P("Sugiono"), P("Than Swe", "Than Swe"), P("Yvonne Mewengkang"),
       P("Sihasak Phuangketkeow", "Sihasak Phuangketkeow", "Sihasak"),
       P("Theresa Lazaro", "Ma. Theresa Lazaro", "Theresa Lazaro", "Maria Theresa Lazaro", "Lazaro"),
       P("Dafri Agussalim", "Dafri Agussalim", "Dafri"),
       O("Kemlu"), O("kumparan", "kumparan", "kumparanNEWS", "kumparan.com"),
       O("The Global New Light of Myanmar", "The Global New Light of Myanmar", "Global New Light of Myanmar"),
       O("ASEAN"), O("UGM", "Universitas Gadjah Mada", "UGM", "Universitas Gadjah Mada (UGM)"),
       O("UNHCR", "UNHCR", "Badan Pengungsi PBB", "Badan Pengungsi PBB (UNHCR)"),
       O("PBB", optional=True),
       O("Sekretariat ASEAN", "Sekretariat ASEAN", "ASEAN Secretariat", optional=True),
       L("Bangkok"), L("Laut Andaman", "Laut Andaman", "Andaman Sea"), L("Jakarta"),
       L("Cox's Bazar", "Cox's Bazar", "Coxs Bazar"), L("Manila")],
      [
          # the reported Sugiono-Than Swe meeting is denied by both sides: no event
          E("CONSULT", "meet", [SUG, ["Sihasak Phuangketkeow", "THA"]], "2026-09-22",
            "sugiono-sihasak-bangkok-2026-09", place="Bangkok"),
          E("CONSULT", "visit", ["Sugiono", "THA"], "2026-09-22", "sugiono-bangkok-visit-2026-09",
            optional=True, place="Bangkok"),
          E("CONSULT", "phone", [SUG, ["Theresa Lazaro", "PHL"]], "2026-09-23", "sugiono-lazaro-phone-2026-09"),
          E("AGREE", None, [["Sugiono", "IDN"], ["Sihasak Phuangketkeow", "THA"]], None,
            "idn-tha-push-special-meeting-2026-09", optional=True),
          E("CONSULT", "multilateral", [], "2021-04-24", "asean-leaders-meeting-jakarta-2021", place="Jakarta",
            name="pertemuan para pemimpin ASEAN"),
          E("AGREE", "sign", [], "2021-04-24", "asean-five-point-consensus-2021", place="Jakarta",
            document="Konsensus Lima Poin"),
          E("CONSULT", "multilateral", [], "2026-11", "asean-summit-manila-2026-11", optional=True,
            place="Manila", name="KTT ASEAN"),
          E("CONSULT", "multilateral", [], None, "asean-fm-special-meeting-myanmar-planned", optional=True),
      ],
      [Q("percent", 15, "%")])

# --- 012 (Katadata): climate envoy in Nairobi; recalled African and tropical-forest agreements ---
HAS = ["Hashim Djojohadikusumo", "IDN"]
write("012_katadata_hashim_kenya_karbon.txt", "id", "2026-10-05", "Katadata.co.id", None,
      [C("IDN"), C("KEN"), C("TUR"), C("ETH"), C("BRA"), C("COD"),
       P("Hashim Djojohadikusumo", "Hashim Djojohadikusumo", "Hashim", "Hashim S. Djojohadikusumo"),
       P("William Ruto", "William Ruto", "Ruto", "Presiden Ruto"),
       P("Deborah Barasa", "Deborah Barasa", "Barasa", "Deborah Mlongo Barasa"),
       P("Bhima Yudhistira", "Bhima Yudhistira", "Bhima"),
       P("Rena Laila Wuri", "Rena Laila Wuri"), P("Yuliawati", "Yuliawati"),
       O("Katadata", "Katadata", "Katadata.co.id"),
       O("Kantor Utusan Khusus Presiden", "Kantor Utusan Khusus Presiden"),
       O("IDX Carbon", "Bursa Efek Indonesia", "IDX Carbon", "BEI", "IDX"),
       O("Celios", "Center of Economic and Law Studies", "Celios", "CELIOS",
         "Center of Economic and Law Studies (Celios)"),
       O("AfDB", "Bank Pembangunan Afrika", "AfDB", "African Development Bank", "Bank Pembangunan Afrika (AfDB)"),
       O("PBB", optional=True),
       L("Nairobi"), L("State House"), L("Antalya"), L("Addis Ababa"), L("Bali"),
       L("Afrika", "Afrika", "Africa", optional=True)],
      [
          # "pekan lalu" in a Monday piece: the Monday-to-Sunday week before
          E("CONSULT", "visit", ["Hashim Djojohadikusumo", ["KEN", "William Ruto"]], "2026-09-28",
            "hashim-nairobi-visit-2026-10", date_end="2026-10-04", place="Nairobi"),
          E("CONSULT", "meet", [HAS, ["William Ruto", "KEN"]], "2026-10-01", "hashim-ruto-2026-10",
            place="State House"),
          E("AGREE", "sign", [HAS, ["Deborah Barasa", "KEN"]], "2026-10-02", "idn-ken-carbon-mou-2026-10",
            place="Nairobi", document="nota kesepahaman kerja sama perdagangan karbon"),
          E("CONSULT", "multilateral", [], "2026-11", "cop31-antalya-2026", optional=True, place="Antalya",
            name="COP31"),
          E("CONSULT", "multilateral", [], "2025-09-08", "africa-climate-summit-2-2025", date_end="2025-09-10",
            place="Addis Ababa", name="KTT Iklim Afrika kedua"),
          E("AGREE", "sign", [], "2025-09-08", "addis-ababa-declaration-2025", date_end="2025-09-10",
            place="Addis Ababa", document="Deklarasi Addis Ababa"),
          E("AGREE", "sign", ["IDN", "BRA", "COD"], "2022-11", "idn-bra-cod-forest-statement-2022",
            place="Bali", document="pernyataan bersama tentang kerja sama hutan hujan tropis"),
      ],
      [Q("money", 78e9, "IDR"), Q("percent", 30, "%"), Q("money", 2.8e12, "USD")])

_gold.finish()
