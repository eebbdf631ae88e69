#!/usr/bin/env python3
"""Writes testdata/final/gold/*.gold.json from the annotation kept in this file: edit it and rerun
`python3 testdata/final/make_gold.py` rather than the JSON. The checks and --perfect are the shared
writer's (../goldgen.py)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

# ISO 3166-1 alpha-3 with the Indonesian and English names and demonyms that occur in the set.
COUNTRIES = {
    "IDN": ["Indonesia", "RI", "Republik Indonesia", "Indonesian", "IDN"],
    "TUR": ["Turki", "Turkiye", "Türkiye", "Turkey", "Turkish", "TUR"],
    "EGY": ["Mesir", "Egypt", "Egyptian", "EGY"],
    "IRN": ["Iran", "Iranian", "IRN"],
    "PAK": ["Pakistan", "Pakistani", "PAK"],
    "BGD": ["Bangladesh", "Bangladeshi", "BGD"],
    "MYS": ["Malaysia", "Malaysian", "MYS"],
    "NGA": ["Nigeria", "Nigerian", "NGA"],
    "AZE": ["Azerbaijan", "Azerbaijani", "AZE"],
    "BRA": ["Brasil", "Brazil", "Brazilian", "BRA"],
    "PHL": ["Filipina", "Philippines", "Philippine", "Filipino", "PHL"],
    "RUS": ["Rusia", "Russia", "Russian", "Federasi Rusia", "RUS"],
    "IND": ["India", "Indian", "IND"],
    "USA": ["Amerika Serikat", "AS", "United States", "U.S.", "US", "USA", "American"],
    "QAT": ["Qatar", "Qatari", "QAT"],
    "AUS": ["Australia", "Australian", "AUS"],
    "TLS": ["Timor-Leste", "Timor Leste", "Timorese", "East Timor", "TLS"],
    "CHN": ["Tiongkok", "China", "Cina", "RRT", "Republik Rakyat Tiongkok", "Chinese", "China's", "CHN"],
    "SGP": ["Singapura", "Singapore", "SGP"],
    "JPN": ["Jepang", "Japan", "Japanese", "JPN"],
    "VNM": ["Vietnam", "Viet Nam", "Vietnamese", "VNM"],
    "BEL": ["Belgia", "Belgium", "Belgian", "BEL"],
}

PEOPLE = {
    "Prabowo Subianto": ["Prabowo Subianto", "Prabowo", "Presiden Prabowo", "Presiden Prabowo Subianto"],
    "Sugiono": ["Sugiono", "Menlu Sugiono"],
    "Recep Tayyip Erdogan": ["Recep Tayyip Erdogan", "Recep Tayyip Erdoğan", "Erdogan", "Erdoğan",
                             "Presiden Erdogan"],
    "Abdel Fattah el-Sisi": ["Abdel Fattah el-Sisi", "Abdel Fattah al-Sisi", "el-Sisi", "al-Sisi", "Sisi"],
    "Masoud Pezeshkian": ["Masoud Pezeshkian", "Pezeshkian"],
    "Shehbaz Sharif": ["Shehbaz Sharif", "Shahbaz Sharif", "Sharif"],
    "Anwar Ibrahim": ["Anwar Ibrahim", "Anwar", "Datuk Seri Anwar Ibrahim"],
    "Bola Ahmed Tinubu": ["Bola Ahmed Tinubu", "Bola Tinubu", "Tinubu"],
    "Ilham Aliyev": ["Ilham Aliyev", "Aliyev"],
    "Isiaka Abdulqadir Imam": ["Isiaka Abdulqadir Imam", "Imam"],
    "Theresa Lazaro": ["Theresa Lazaro", "Ma. Theresa Lazaro", "Lazaro"],
    "Kaja Kallas": ["Kaja Kallas", "Kallas"],
}
ORGS = {
    "D-8": ["D-8", "D8", "Organisasi Kerja Sama Ekonomi Delapan Negara Berkembang",
            "Organisation of D-8 for Economic Cooperation", "Developing Eight"],
    "ASEAN": ["ASEAN", "Asean", "Perhimpunan Bangsa-Bangsa Asia Tenggara",
              "Association of Southeast Asian Nations", "Association of South-East Asian Nations"],
    "ANTARA": ["ANTARA", "Antara", "Kantor Berita Antara", "ANTARA News"],
    "BRICS": ["BRICS"],
    "Uni Eropa": ["Uni Eropa", "UE", "European Union", "EU"],
}
PLACES = {
    "Jakarta": ["Jakarta"],
    "JCC": ["Jakarta Convention Center", "JCC", "Jakarta Convention Center (JCC)"],
    "Istana Merdeka": ["Istana Merdeka", "Merdeka Palace"],
    "Kairo": ["Kairo", "Cairo"],
    "Manila": ["Manila"],
    "Kuala Lumpur": ["Kuala Lumpur"],
    "Laut China Selatan": ["Laut China Selatan", "Laut Cina Selatan", "Laut Tiongkok Selatan", "South China Sea"],
    "Asia Tenggara": ["Asia Tenggara", "Southeast Asia", "South-East Asia", "Southeast Asian"],
    "Eropa": ["Eropa", "Europe"],
}
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldgen import E, Gold, Q  # noqa: E402  (the shared helpers of testdata/*/make_gold.py)

_gold = Gold(HERE, COUNTRIES, PEOPLE, ORGS, PLACES, check_aliases=True)
C, P, O, L, write = _gold.C, _gold.P, _gold.O, _gold.L, _gold.write

PRA = ["Prabowo Subianto", "IDN"]
PAK_SS = ["Shehbaz Sharif", "PAK"]


def d8_events(en):
    return [
        E("CONSULT", "multilateral", [PRA], "2026-04-15", "d8-jakarta-summit-2026-04", place="Jakarta",
          name="12th D-8 summit" if en else "KTT ke-12 D-8"),
        # adopted by "the leaders": no single principal
        E("AGREE", "sign", [], "2026-04-15", "d8-jakarta-declaration-2026-04", place="Jakarta",
          document="Jakarta Declaration" if en else "Deklarasi Jakarta"),
        E("CONSULT", "meet", [PRA, PAK_SS], "2026-04-14", "prabowo-sharif-2026-04", place="Istana Merdeka"),
        E("CONSULT", "multilateral", [], "2024-12-19", "d8-cairo-summit-2024-12", place="Kairo",
          name="D-8 summit" if en else "KTT D-8"),
    ]


D8_LEADERS = [P("Prabowo Subianto"), P("Recep Tayyip Erdogan"), P("Abdel Fattah el-Sisi"),
              P("Masoud Pezeshkian"), P("Shehbaz Sharif"), P("Anwar Ibrahim"), P("Bola Ahmed Tinubu"),
              P("Ilham Aliyev"), P("Isiaka Abdulqadir Imam")]
D8_STATES = [C("IDN"), C("TUR"), C("EGY"), C("IRN"), C("PAK"), C("MYS"), C("NGA"), C("AZE")]

write("001_mediaindonesia_ktt_d8_jakarta.txt", "id", "2026-04-16", "Media Indonesia", None,
      D8_STATES + [C("BGD")] + D8_LEADERS + [
          P("Bagus Pradana"), P("Wulan Sari"),
          P("Rizal Hakim Fadillah", "Rizal Hakim Fadillah", "Rizal"),
          O("Media Indonesia", "Media Indonesia", "MediaIndonesia.com", "Media Indonesia (MI)"),
          O("D-8"), O("UI", "Universitas Indonesia", "UI", "Universitas Indonesia (UI)"),
          L("Jakarta"), L("JCC"), L("Istana Merdeka"), L("Kairo"), L("Gaza")],
      d8_events(en=False),
      [Q("money", 500e9, "USD"), Q("money", 152e9, "USD"), Q("percent", 7, "%"), Q("money", 850e9, "IDR"),
       Q("percent", 11, "%")])

write("002_antaraen_d8_jakarta_declaration.txt", "en", "2026-04-15", "ANTARA", "Jakarta",
      D8_STATES + D8_LEADERS + [
          P("Sugiono"), P("Farhan Rasyid"), P("Nadia Kusumawardani"), P("Bayu Santoso"),
          O("ANTARA"), O("D-8"),
          L("Jakarta"), L("JCC"), L("Istana Merdeka"), L("Kairo"), L("Gaza")],
      d8_events(en=True) + [
          # a 2006 signing recalled with its year; the members are not listed
          E("AGREE", "sign", [], "2006", "d8-pta-2006", document="preferential trade agreement"),
          E("CONSULT", "meet", [], "2026-04-15", "d8-jakarta-sidelines-2026-04", optional=True),
      ],
      [Q("money", 500e9, "USD"), Q("money", 850e9, "IDR"), Q("money", 52e6, "USD"), Q("money", 152e9, "USD"),
       Q("percent", 11, "%")])

# --- 003 (id, SINDOnews): Lula's state visit to Jakarta, four documents ---
LULA = ["Luiz Inácio Lula da Silva", "BRA", "Alexandre Silveira"]
PRA_B = ["Prabowo Subianto", "IDN", "Bahlil Lahadalia"]
write("003_sindonews_lula_jakarta.txt", "id", "2026-02-11", "SINDOnews.com", "Jakarta",
      [C("BRA"), C("IDN"),
       P("Luiz Inácio Lula da Silva", "Luiz Inácio Lula da Silva", "Luiz Inacio Lula da Silva", "Lula da Silva",
         "Lula", "Presiden Lula"),
       P("Prabowo Subianto"), P("Bahlil Lahadalia", "Bahlil Lahadalia", "Bahlil"),
       P("Alexandre Silveira", "Alexandre Silveira", "Silveira"), P("Mauro Vieira", "Mauro Vieira", "Vieira"),
       P("Dimas Arya Wicaksono"),
       O("SINDOnews", "SINDOnews", "SINDOnews.com", "Sindonews", "Sindonews.com"),
       O("ESDM", "Kementerian Energi dan Sumber Daya Mineral", "ESDM", "Kementerian ESDM", optional=True),
       O("Embrapa", "Empresa Brasileira de Pesquisa Agropecuária", "Embrapa"),
       O("BRIN", "Badan Riset dan Inovasi Nasional", "BRIN"),
       O("BRICS"), O("G20", "G20", "G-20", "Kelompok 20"),
       O("CNI", "Confederação Nacional da Indústria", "CNI"),
       L("Jakarta"), L("Istana Merdeka"), L("Rio de Janeiro", "Rio de Janeiro", "Rio"), L("Cikarang"),
       L("Manila")],
      [
          E("CONSULT", "visit", ["Luiz Inácio Lula da Silva", ["IDN", "Prabowo Subianto"]], "2026-02-09",
            "lula-jakarta-visit-2026-02", date_end="2026-02-11", place="Jakarta"),
          E("CONSULT", "meet", [["Luiz Inácio Lula da Silva", "BRA"], PRA], "2026-02-10",
            "lula-prabowo-talks-2026-02", place="Istana Merdeka"),
          E("AGREE", "sign", [LULA, PRA_B], "2026-02-10", "idn-bra-four-documents-2026-02",
            place="Istana Merdeka", document="empat dokumen kerja sama"),
          # the bioenergy MoU is one of the four; a system may report it on its own
          E("AGREE", "sign", [LULA, PRA_B], "2026-02-10", "idn-bra-bioenergy-mou-2026-02", optional=True,
            document="MoU bioenergi"),
          E("CONSULT", "multilateral", [PRA], "2025-07", "brics-rio-summit-2025-07", place="Rio de Janeiro",
            name="KTT BRICS"),
          E("CONSULT", "meet", [PRA, ["Luiz Inácio Lula da Silva", "BRA"]], "2025-07",
            "prabowo-lula-rio-2025-07", place="Rio de Janeiro"),
          E("AGREE", None, [PRA, ["Luiz Inácio Lula da Silva", "BRA"]], "2025-07",
            "idn-bra-strategic-partnership-2025-07", optional=True),
          E("CONSULT", "visit", ["Luiz Inácio Lula da Silva", "Manila"], "2026-02-11", "lula-manila-visit-2026-02",
            optional=True, place="Manila"),
      ],
      [Q("percent", 30, "%"), Q("money", 6.8e9, "USD"), Q("percent", 14.5, "%"), Q("money", 10e9, "USD"),
       Q("money", 16e12, "IDR")])

# --- 004 (id, Okezone): Putin-Modi phone call, recalled visits with exact dates ---
PUT = ["Vladimir Putin", "RUS"]
MOD = ["Narendra Modi", "IND"]
write("004_okezone_putin_modi_telepon.txt", "id", "2026-03-18", "Okezone", "Moskow",
      [C("RUS"), C("IND"), C("USA"),
       P("Vladimir Putin", "Vladimir Putin", "Putin", "Presiden Putin"),
       P("Narendra Modi", "Narendra Modi", "Modi", "PM Modi"),
       P("Dmitry Peskov", "Dmitry Peskov", "Peskov"), P("Sergei Volodin", "Sergei Volodin", "Volodin"),
       P("Rahmat Hidayat"),
       O("Okezone", "Okezone", "Okezone.com"),
       O("TASS", "TASS"),
       O("MEA", "Kementerian Luar Negeri India", "MEA", "Ministry of External Affairs"),
       O("EAEU", "Uni Ekonomi Eurasia", "EAEU", "Eurasian Economic Union"),
       O("RIAC", "Dewan Urusan Internasional Rusia", "RIAC", "Russian International Affairs Council"),
       O("BRICS"),
       O("Kremlin (ORG)", "Kremlin", optional=True), L("Kremlin", "Kremlin", optional=True),
       L("Moskow", "Moskow", "Moscow"), L("New Delhi", "New Delhi", "Delhi", optional=True),
       L("Washington", optional=True), L("Novo-Ogaryovo", "Novo-Ogaryovo", "Novo Ogaryovo")],
      [
          E("CONSULT", "phone", [PUT, MOD], "2026-03-17", "putin-modi-call-2026-03"),
          E("AGREE", None, [PUT, MOD], "2026-03-17", "rus-ind-fta-speedup-2026-03", optional=True),
          E("CONSULT", "visit", ["Vladimir Putin", ["IND", "Narendra Modi"]], "2025-12-04",
            "putin-india-visit-2025-12", date_end="2025-12-05", place="New Delhi"),
          E("CONSULT", "meet", [PUT, MOD], "2025-12-04", "rus-ind-annual-summit-23-2025-12",
            date_end="2025-12-05", name="KTT tahunan ke-23"),
          E("AGREE", "sign", [PUT, MOD], "2025-12-04", "rus-ind-economic-programme-2030", date_end="2025-12-05",
            document="program kerja sama ekonomi hingga 2030"),
          E("CONSULT", "visit", ["Narendra Modi", ["RUS", "Vladimir Putin"]], "2024-07-08",
            "modi-russia-visit-2024-07", place="Moskow"),
          E("CONSULT", "meet", [MOD, PUT], "2024-07-08", "modi-putin-novo-ogaryovo-2024-07",
            place="Novo-Ogaryovo"),
          E("CONSULT", "multilateral", [MOD], "2026", "brics-india-2026", optional=True, name="KTT BRICS"),
      ],
      [Q("percent", 90, "%"), Q("money", 68.7e9, "USD"), Q("money", 4.9e9, "USD"), Q("percent", 25, "%")])

# --- 005 (id, Bisnis.com): Danantara-QIA fund signed in Doha; several currencies ---
DAN = ["Danantara", "Rosan Roeslani", "IDN"]
QIA = ["QIA", "Mohammed Saif Al-Sowaidi", "QAT"]
TAM = ["Tamim bin Hamad Al Thani", "QAT"]
write("005_bisnis_danantara_qia_doha.txt", "id", "2026-06-02", "Bisnis.com", "Jakarta",
      [C("IDN"), C("QAT"),
       P("Rosan Roeslani", "Rosan Roeslani", "Rosan", "Rosan P. Roeslani"),
       P("Mohammed Saif Al-Sowaidi", "Mohammed Saif Al-Sowaidi", "Mohammed Al-Sowaidi", "Al-Sowaidi"),
       P("Tamim bin Hamad Al Thani", "Sheikh Tamim bin Hamad Al Thani", "Tamim bin Hamad Al Thani",
         "Sheikh Tamim", "Tamim", "Emir Qatar"),
       P("Prabowo Subianto"), P("Dimas Prakoso", "Dimas Prakoso", "Dimas"),
       P("Rizky Amelia Putri"), P("Fajar Nugroho"),
       O("Bisnis.com", "Bisnis.com", "Bisnis", "Bisnis Indonesia"),
       O("Danantara", "Danantara", "Badan Pengelola Investasi Daya Anagata Nusantara",
         "Badan Pengelola Investasi Daya Anagata Nusantara (Danantara)", "BPI Danantara"),
       O("QIA", "Qatar Investment Authority", "QIA", "Qatar Investment Authority (QIA)"),
       O("CORE", "Center of Reform on Economics", "CORE", "CORE Indonesia",
         "Center of Reform on Economics (CORE) Indonesia"),
       O("BKPM", "Kementerian Investasi dan Hilirisasi/BKPM", "Kementerian Investasi dan Hilirisasi", "BKPM"),
       L("Jakarta"), L("Doha"), L("Istana Amiri", "Istana Amiri", "Amiri Diwan", "Amiri Palace"),
       L("Asia Tenggara", optional=True), L("Timur Tengah", "Timur Tengah", "Middle East", optional=True)],
      [
          E("AGREE", "sign", [DAN, QIA], "2026-06-01", "danantara-qia-fund-2026-06", place="Doha",
            document="perjanjian pembentukan dana investasi bersama"),
          E("CONSULT", "meet", [DAN, TAM], "2026-06-01", "rosan-tamim-2026-06", place="Istana Amiri"),
          E("CONSULT", "visit", ["Rosan Roeslani", "QAT"], "2026-06-01", "rosan-doha-visit-2026-06",
            optional=True, place="Doha"),
          E("CONSULT", "visit", ["Prabowo Subianto", ["QAT", "Tamim bin Hamad Al Thani"]], "2025-04-13",
            "prabowo-doha-visit-2025-04", place="Doha"),
          E("AGREE", "sign", [PRA, TAM], "2025-04-13", "idn-qat-investment-mou-2025-04", place="Doha",
            document="nota kesepahaman kerja sama investasi"),
          E("CONSULT", "meet", [PRA, TAM], "2025-04-13", "prabowo-tamim-2025-04", optional=True, place="Doha"),
      ],
      [Q("money", 4e9, "USD"), Q("money", 66.4e12, "IDR"), Q("percent", 60, "%"), Q("percent", 40, "%"),
       Q("percent", 12, "%"), Q("money", 1.5e9, "QAR"), Q("money", 312e6, "USD"), Q("percent", 8.5, "%"),
       Q("money", 1.2e9, "USD"), Q("money", 520e9, "USD")])

# --- 006 (en, The Straits Times HTML): Albanese in Dili, defence pact and labour MoU ---
ALB = ["Anthony Albanese", "AUS"]
XAN = ["Xanana Gusmao", "TLS"]
write("006_straitstimes_albanese_dili.html", "en", "2026-03-26", "The Straits Times", "Dili",
      [C("AUS"), C("TLS"), C("CHN"),
       P("Anthony Albanese", "Anthony Albanese", "Albanese", "Mr Albanese"),
       P("Xanana Gusmao", "Xanana Gusmao", "Xanana Gusmão", "Gusmao", "Mr Gusmao", "Xanana"),
       P("Jose Ramos-Horta", "Jose Ramos-Horta", "José Ramos-Horta", "Ramos-Horta"),
       P("Michael Reardon", "Michael Reardon", "Dr Michael Reardon", "Reardon"),
       P("Hana Kusumaningrum"),
       O("The Straits Times", "The Straits Times", "Straits Times", "ST"),
       O("ASEAN"), O("PBB", "United Nations", "UN", "Perserikatan Bangsa-Bangsa"),
       O("Lowy Institute", "Lowy Institute"),
       O("PALM", "Pacific Australia Labour Mobility", "PALM", optional=True),
       L("Dili"), L("Government Palace", "Government Palace", "Palacio do Governo"),
       L("Darwin"), L("New York"), L("Greater Sunrise", "Greater Sunrise", optional=True),
       L("Canberra", optional=True),
       # navigation, trending bar, byline, photo credit, related stories, footer
       C("SGP", optional=True), C("MYS", optional=True), C("IDN", optional=True), C("PHL", optional=True),
       C("JPN", optional=True), P("Prabowo Subianto", optional=True),
       O("Reuters", "Reuters", optional=True), O("HDB", "HDB", optional=True), O("SPH Media", "SPH Media Limited", "SPH Media", optional=True),
       L("Asia", "Asia", optional=True)],
      [
          E("CONSULT", "visit", ["Anthony Albanese", ["TLS", "Xanana Gusmao"]], "2026-03-25",
            "albanese-dili-visit-2026-03", date_end="2026-03-26", place="Dili"),
          E("CONSULT", "meet", [ALB, XAN], "2026-03-26", "albanese-gusmao-talks-2026-03",
            place="Government Palace"),
          E("AGREE", "sign", [ALB, XAN], "2026-03-26", "aus-tls-defence-agreement-2026-03", place="Dili",
            document="defence cooperation agreement"),
          # the second document signed in the same act
          E("AGREE", "sign", [ALB, XAN], "2026-03-26", "aus-tls-labour-mou-2026-03", optional=True, place="Dili",
            document="memorandum of understanding on labour mobility"),
          E("CONSULT", "meet", [ALB, ["Jose Ramos-Horta", "TLS"]], "2026-03-25", "albanese-ramos-horta-2026-03",
            place="Dili"),
          E("AGREE", "sign", ["AUS", "TLS"], "2018-03-06", "aus-tls-maritime-boundary-treaty-2018",
            place="New York", document="maritime boundary treaty"),
      ],
      [Q("percent", 40, "%"), Q("money", 150e6, "AUD"), Q("money", 128e6, "SGD"), Q("money", 50e9, "USD")])

# --- 007 (en, Kyodo News): Chinh in Tokyo, yen loan notes, FM phone call ---
TAK = ["Sanae Takaichi", "JPN"]
CHI = ["Pham Minh Chinh", "VNM"]
write("007_kyodo_japan_vietnam_yen_loan.txt", "en", "2025-12-03", "Kyodo News", None,
      [C("JPN"), C("VNM"), C("CHN"),
       P("Sanae Takaichi", "Sanae Takaichi", "Takaichi"),
       P("Pham Minh Chinh", "Pham Minh Chinh", "Phạm Minh Chính", "Chinh"),
       P("Toshimitsu Motegi", "Toshimitsu Motegi", "Motegi"),
       P("Le Hoai Trung", "Le Hoai Trung", "Lê Hoài Trung", "Trung"),
       O("Kyodo News", "Kyodo News", "Kyodo", "KYODO NEWS"),
       O("ASEAN"),
       O("Japanese Foreign Ministry", "Japanese Foreign Ministry", "Foreign Ministry", "Ministry of Foreign Affairs",
         "Kementerian Luar Negeri Jepang"),
       O("Vietnam Coast Guard", "Vietnam Coast Guard", "Vietnamese Coast Guard"),
       O("JETRO", "Japan External Trade Organization", "JETRO"),
       L("Tokyo"), L("Ho Chi Minh City", "Ho Chi Minh City", "Kota Ho Chi Minh"),
       L("Mekong Delta", "Mekong Delta", "Delta Mekong"), L("Laut China Selatan"), L("Kuala Lumpur"),
       L("Osaka"), L("Indo-Pacific", "Indo-Pacific", "Indo-Pasifik", optional=True)],
      [
          E("CONSULT", "meet", [TAK, CHI], "2025-12-03", "takaichi-chinh-talks-2025-12", place="Tokyo"),
          E("AGREE", "sign", [TAK, CHI], "2025-12-03", "jpn-vnm-yen-loan-notes-2025-12", place="Tokyo",
            document="exchange of notes"),
          E("AGREE", None, [TAK, CHI], "2025-12-03", "jpn-vnm-security-agreed-2025-12", optional=True),
          E("CONSULT", "visit", ["Pham Minh Chinh", ["JPN", "Sanae Takaichi"]], "2025-12-01",
            "chinh-japan-visit-2025-12", date_end="2025-12-04", place="Tokyo"),
          E("CONSULT", "meet", [TAK, CHI], "2025-10", "takaichi-chinh-kl-2025-10", place="Kuala Lumpur"),
          E("CONSULT", "multilateral", [], "2025-10", "asean-kl-summit-2025-10", optional=True,
            place="Kuala Lumpur", name="ASEAN summit"),
          E("CONSULT", "phone", [["Toshimitsu Motegi", "JPN"], ["Le Hoai Trung", "VNM"]], "2025-12-02",
            "motegi-trung-call-2025-12"),
          E("CONSULT", "meet", ["Pham Minh Chinh"], "2025-12-04", "chinh-osaka-business-2025-12",
            optional=True, place="Osaka"),
      ],
      [Q("money", 102.4e9, "JPY"), Q("money", 660e6, "USD"), Q("money", 52e9, "USD"), Q("percent", 8, "%")])

# --- 008 (id, Suara.com): cancelled US-Philippines 2+2, phone call, recalled 2+2 ---
write("008_suara_as_filipina_2plus2_batal.txt", "id", "2026-01-22", "Suara.com", None,
      [C("USA"), C("PHL"), C("JPN"), C("AUS"), C("IDN"),
       P("Marco Rubio", "Marco Rubio", "Rubio"), P("Pete Hegseth", "Pete Hegseth", "Hegseth"),
       P("Theresa Lazaro"), P("Gilberto Teodoro", "Gilberto Teodoro", "Teodoro"),
       P("Angelica Escalona", "Angelica Escalona", "Escalona"),
       P("Maria Celeste Reyes", "Maria Celeste Reyes", "Reyes"), P("Dinda Rachmawati"),
       O("Suara.com", "Suara.com", "Suara"),
       O("DFA", "Departemen Luar Negeri Filipina", "DFA", "Department of Foreign Affairs"),
       O("UP", "Universitas Filipina", "UP", "University of the Philippines"),
       O("Kemlu", "Kementerian Luar Negeri RI", "Kementerian Luar Negeri", "Kemlu"),
       O("ASEAN"),
       L("Washington"), L("Manila"), L("Laut China Selatan")],
      [
          # cancelled: it did not happen
          E("CONSULT", "meet", ["USA", "PHL"], "2026-01-22", "usa-phl-2plus2-cancelled-2026-01",
            optional=True, place="Washington"),
          E("CONSULT", "phone", [["Marco Rubio", "USA"], ["Theresa Lazaro", "PHL"]], "2026-01-21",
            "rubio-lazaro-call-2026-01"),
          E("CONSULT", "meet", ["USA", "PHL"], "2024-07-30", "usa-phl-2plus2-manila-2024-07", place="Manila"),
          E("CONSULT", "meet", ["USA", "PHL"], "2026", "usa-phl-2plus2-next", optional=True),
          E("CONSULT", "multilateral", ["PHL"], "2026-05", "asean-manila-summit-2026-05", optional=True,
            place="Manila", name="KTT ASEAN"),
      ],
      [Q("money", 500e6, "USD"), Q("percent", 13.6, "%"), Q("percent", 4, "%")])

# --- 009 (id, Tribunnews): ASEAN-EU ministerial in Brussels, joint statement issued ---
ASN = ["ASEAN", "Theresa Lazaro", "PHL"]
EU = ["Uni Eropa", "Kaja Kallas"]
SUG = ["Sugiono", "IDN"]
write("009_tribunnews_asean_ue_brussel.txt", "id", "2026-02-05", "Tribunnews.com", "Brussel",
      [C("IDN"), C("PHL"), C("TLS"), C("BEL"),
       P("Kaja Kallas"), P("Theresa Lazaro"), P("Sugiono"),
       P("Maxime Prévot", "Maxime Prévot", "Maxime Prevot", "Prévot", "Prevot"),
       P("Kao Kim Hourn", "Kao Kim Hourn", "Kao"), P("Laras Pramesti"), P("Rina Ayu Lestari"),
       O("Tribunnews.com", "Tribunnews.com", "Tribunnews", "TRIBUNNEWS.COM"),
       O("ASEAN"), O("Uni Eropa"), O("Eurostat"),
       O("Global Gateway", "Global Gateway", optional=True),
       L("Brussel", "Brussel", "Brussels", "Bruxelles"), L("Laut China Selatan"),
       L("Asia Tenggara", optional=True), L("Eropa", optional=True)],
      [
          E("CONSULT", ["multilateral", "meet"], [ASN, EU], "2026-02-04", "asean-eu-ministerial-2026-02",
            place="Brussel", name="Pertemuan Tingkat Menteri ASEAN-UE"),
          E("AGREE", "sign", [ASN, EU], "2026-02-04", "asean-eu-joint-statement-2026-02", place="Brussel",
            document="pernyataan bersama"),
          E("CONSULT", "meet", [SUG, EU], "2026-02-04", "sugiono-kallas-2026-02", place="Brussel"),
          E("CONSULT", "meet", [SUG, ["Maxime Prévot", "BEL"]], "2026-02-04", "sugiono-prevot-2026-02",
            place="Brussel"),
          E("AGREE", None, ["ASEAN", "Uni Eropa"], "2020-12-01", "asean-eu-strategic-partnership-2020",
            optional=True),
          E("CONSULT", ["multilateral", "meet"], [], "2024-02", "asean-eu-ministerial-2024-02", place="Brussel"),
      ],
      [Q("money", 1.2e9, "EUR"), Q("money", 271e9, "EUR"), Q("percent", 3.8, "%"), Q("percent", 16, "%")])

# --- 010 (id, ANTARA): Anwar in Ankara, HLSCC, 11 documents, recalled meetings ---
ANW = ["Anwar Ibrahim", "MYS"]
ERD = ["Recep Tayyip Erdogan", "TUR"]
write("010_antara_anwar_erdogan_ankara.txt", "id", "2026-05-12", "ANTARA", "Ankara",
      [C("MYS"), C("TUR"), C("USA", optional=True),
       P("Anwar Ibrahim"), P("Recep Tayyip Erdogan"), P("Hakan Fidan", "Hakan Fidan", "Fidan"),
       P("Mohamad Hasan", "Mohamad Hasan", "Mohamad", "Tok Mat"), P("Sri Haryati"), P("Dedi Kurniawan"),
       O("ANTARA"),
       O("HLSCC", "Dewan Kerja Sama Strategis Tingkat Tinggi", "HLSCC", "High-Level Strategic Cooperation Council"),
       O("Anadolu Agency", "Anadolu Agency", "Anadolu", "AA", "Anadolu Agency (AA)"),
       O("Otokar"), O("DefTech"), O("Turkish Airlines", "Turkish Airlines", "THY"),
       L("Ankara"), L("Bestepe", "Kompleks Kepresidenan Beştepe", "Kompleks Kepresidenan Bestepe", "Beştepe",
                      "Bestepe"),
       L("Esenboga", "Esenboğa", "Esenboga", "bandara Esenboğa", optional=True),
       L("Kuala Lumpur"), L("Istanbul"), L("Asia Tenggara", optional=True), L("Eropa", optional=True)],
      [
          E("CONSULT", "meet", [ANW, ERD], "2026-05-12", "anwar-erdogan-hlscc-2026-05", place="Bestepe",
            name="sidang kedua HLSCC"),
          E("AGREE", "sign", [ANW, ERD], "2026-05-12", "mys-tur-11-documents-2026-05", place="Ankara",
            document="11 nota kesepahaman dan perjanjian"),
          E("CONSULT", "visit", ["Anwar Ibrahim", ["TUR", "Recep Tayyip Erdogan"]], "2026-05-11",
            "anwar-ankara-visit-2026-05", date_end="2026-05-13", place="Ankara"),
          E("CONSULT", "meet", [ANW, ["Hakan Fidan", "TUR"]], "2026-05-11", "anwar-fidan-airport-2026-05",
            optional=True, place="Esenboga"),
          E("CONSULT", "visit", ["Recep Tayyip Erdogan", ["MYS", "Anwar Ibrahim"]], "2025-02-10",
            "erdogan-kl-visit-2025-02", date_end="2025-02-11", place="Kuala Lumpur"),
          E("CONSULT", "meet", [ERD, ANW], "2025-02-10", "erdogan-anwar-hlscc-2025-02", date_end="2025-02-11",
            place="Kuala Lumpur", name="sidang pertama HLSCC"),
          E("AGREE", "sign", [ERD, ANW], "2025-02-10", "mys-tur-mous-2025-02", date_end="2025-02-11",
            place="Kuala Lumpur", document="sejumlah nota kesepahaman"),
          E("CONSULT", "meet", [ANW, ERD], "2019-03-12", "anwar-erdogan-istanbul-2019-03", place="Istanbul"),
          E("CONSULT", "meet", ["Anwar Ibrahim"], "2026-05-13", "anwar-istanbul-business-2026-05", optional=True,
            place="Istanbul"),
      ],
      [Q("money", 10e9, "USD"), Q("money", 42.5e9, "MYR"), Q("money", 5.3e9, "USD"), Q("percent", 35, "%"),
       Q("money", 800e6, "TRY"), Q("money", 325e9, "IDR")])

_gold.finish()
