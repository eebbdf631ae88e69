#!/usr/bin/env python3
"""Writes testdata/holdout/gold/*.gold.json from the annotation kept in this file: edit it and rerun
`python3 testdata/holdout/make_gold.py` rather than the JSON. The checks and --perfect are the shared
writer's (../goldgen.py)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


# ISO 3166-1 alpha-3 with the Indonesian and English names and demonyms that occur in the set.
COUNTRIES = {
    "IDN": ["Indonesia", "RI", "Republik Indonesia", "Indonesian", "IDN"],
    "EGY": ["Mesir", "Egypt", "Egyptian", "EGY"],
    "DZA": ["Aljazair", "Algeria", "Algerian", "DZA"],
    "NGA": ["Nigeria", "Nigerian", "NGA"],
    "BRA": ["Brasil", "Brazil", "BRA"],
    "SAU": ["Arab Saudi", "Saudi Arabia", "Saudi", "Kerajaan Arab Saudi", "SAU"],
    "TUR": ["Turki", "Turkiye", "Türkiye", "Turkey", "TUR"],
    "PAK": ["Pakistan", "Pakistani", "Pakistanis", "PAK"],
    "MYS": ["Malaysia", "MYS"],
    "PSE": ["Palestina", "Palestine", "Palestinian", "Negara Palestina", "PSE"],
    "DEU": ["Jerman", "Germany", "German", "DEU"],
    "KHM": ["Kamboja", "Cambodia", "Cambodian", "KHM"],
    "CHN": ["Tiongkok", "China", "Cina", "RRT", "Chinese", "CHN"],
    "THA": ["Thailand", "THA"],
    "CAN": ["Kanada", "Canada", "Canadian", "CAN"],
    "SGP": ["Singapura", "Singapore", "SGP"],
    "KOR": ["Korea Selatan", "South Korea", "South Korean", "Korea", "Republic of Korea", "KOR"],
    "KAZ": ["Kazakhstan", "Kazakh", "Kazakstan", "KAZ"],
    "PRK": ["North Korea", "N. Korea", "PRK"],
    "VNM": ["Vietnam", "Viet Nam", "Vietnamese", "VNM"],
}

PEOPLE = {
    "Prabowo Subianto": ["Prabowo Subianto", "Prabowo", "Presiden Prabowo", "Presiden Prabowo Subianto"],
    "Sugiono": ["Sugiono", "Menlu Sugiono"],
    "Abdel Fattah el-Sisi": ["Abdel Fattah el-Sisi", "Abdel Fattah al-Sisi", "el-Sisi", "El-Sisi", "al-Sisi",
                             "Sisi"],
    "Badr Abdelatty": ["Badr Abdelatty", "Abdelatty", "Badr Abdel Aty"],
    "Ishaq Dar": ["Ishaq Dar", "Dar"],
    "Shehbaz Sharif": ["Shehbaz Sharif", "Shahbaz Sharif", "Sharif"],
    "Mohammed bin Salman": ["Mohammed bin Salman", "Muhammad bin Salman", "MBS",
                            "Mohammed bin Salman bin Abdulaziz Al Saud"],
}
ORGS = {
    "D-8": ["D-8", "D8", "Organisasi Kerja Sama Ekonomi Delapan Negara Berkembang", "Developing Eight"],
    "ANTARA": ["ANTARA", "Antara", "Kantor Berita Antara", "Antara Sumbar"],
    "Kemlu": ["Kementerian Luar Negeri", "Kemlu", "Kemlu RI", "Kementerian Luar Negeri (Kemlu) RI",
              "Kementerian Luar Negeri RI"],
    "KfW": ["KfW", "Bank Pembangunan Jerman", "KfW development bank", "Kreditanstalt für Wiederaufbau"],
    "ASEAN": ["ASEAN", "Association of Southeast Asian Nations", "Perhimpunan Bangsa-Bangsa Asia Tenggara"],
    "Uni Eropa": ["Uni Eropa", "UE", "European Union", "EU"],
}
PLACES = {
    "Jakarta": ["Jakarta"],
    "Kairo": ["Kairo", "Cairo"],
    "Istana Ittihadiya": ["Istana Al-Ittihadiya", "Istana Ittihadiya", "Al-Ittihadiya", "Ittihadiya",
                          "Heliopolis Palace"],
    "Afrika": ["Afrika", "Africa"],
}
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldgen import E, Gold, Q  # noqa: E402  (the shared helpers of testdata/*/make_gold.py)

_gold = Gold(HERE, COUNTRIES, PEOPLE, ORGS, PLACES, check_aliases=True)
C, P, O, L, write = _gold.C, _gold.P, _gold.O, _gold.L, _gold.write

PRA = ["Prabowo Subianto", "IDN"]
SISI = ["Abdel Fattah el-Sisi", "EGY"]


def cairo_events(signers_pra, signers_sisi, doc):
    return [
        E("CONSULT", "visit", [["Prabowo Subianto", "IDN"], ["EGY", "Abdel Fattah el-Sisi"]], "2026-10-19",
          "prabowo-egypt-visit-2026-10", date_end="2026-10-21", place="Kairo"),
        E("CONSULT", "meet", [PRA, SISI], "2026-10-20", "prabowo-sisi-talks-2026-10", place="Istana Ittihadiya"),
        E("AGREE", "sign", [signers_pra, signers_sisi], "2026-10-20", "idn-egy-five-mous-2026-10", place="Kairo",
          document=doc),
        E("AGREE", "sign", [PRA, SISI], "2026-10-21", "idn-egy-joint-statement-2026-10", place="Kairo",
          document="Pernyataan Bersama tentang Kemitraan Strategis Komprehensif Indonesia-Mesir"),
        E("CONSULT", "meet", [PRA, SISI], "2024-12-19", "prabowo-sisi-d8-cairo-2024-12", place="Kairo"),
        # the summit is only the setting of the recalled bilateral
        E("CONSULT", "multilateral", [], "2024-12-19", "d8-cairo-summit-2024-12", optional=True, place="Kairo",
          name="KTT D-8"),
        E("CONSULT", "visit", [["Prabowo Subianto", "IDN"], ["DZA"]], "2026-10-21", "prabowo-algeria-visit-2026-10",
          optional=True),
    ]


write("001_kompasid_prabowo_sisi_kairo.txt", "id", "2026-10-21", "Kompas", "Kairo",
      [C("IDN"), C("EGY"), C("DZA"),
       P("Prabowo Subianto"), P("Abdel Fattah el-Sisi"), P("Mostafa Madbouly", "Mostafa Madbouly", "Madbouly"),
       P("Sugiono"), P("Hadi Santoso", "Hadi Santoso", "Hadi"), P("Larasati Handayani"), P("Bambang Wisnu"),
       O("Kompas", "Kompas", "KOMPAS", "Kompas.id", "Harian Kompas"),
       O("Bio Farma", "PT Bio Farma", "Bio Farma"),
       O("UPA", "Otoritas Pengadaan Terpadu Mesir", "Otoritas Pengadaan Terpadu Mesir (UPA)", "UPA",
         "Unified Procurement Authority"),
       O("D-8"),
       O("RNI", "PT Rajawali Nusantara Indonesia", "Rajawali Nusantara Indonesia", "RNI", "ID FOOD"),
       O("UI", "Universitas Indonesia", "UI", "Universitas Indonesia (UI)"),
       O("BUMN", "Badan Usaha Milik Negara", "BUMN", optional=True),
       L("Kairo"), L("Istana Ittihadiya"),
       L("Bandara Kairo", "Bandar Udara Internasional Kairo", "Cairo International Airport", "Bandara Kairo"),
       L("Terusan Suez", "Terusan Suez", "Suez Canal", "Suez", "kawasan Terusan Suez"),
       L("Afrika", optional=True), L("Timur Tengah", "Timur Tengah", "Middle East", optional=True)],
      cairo_events(PRA, SISI, "lima nota kesepahaman (MoU)") + [
          E("AGREE", "sign", [["Bio Farma", "IDN"], ["UPA", "EGY"]], "2026-10-20", "biofarma-upa-mou-2026-10",
            optional=True, place="Kairo", document="MoU kerja sama produksi vaksin"),
          E("CONSULT", "meet", [["Prabowo Subianto"], ["Mostafa Madbouly"]], "2026-10-19",
            "prabowo-madbouly-airport-2026-10", optional=True, place="Bandara Kairo"),
      ],
      [Q("money", 3e9, "USD"), Q("money", 1.9e9, "USD"), Q("percent", 12.5, "%"), Q("money", 1.6e12, "IDR")])

write("002_tirto_ri_mesir_pernyataan_bersama.txt", "id", "2026-10-21", "tirto.id", None,
      [C("IDN"), C("EGY"), C("DZA"),
       P("Prabowo Subianto"), P("Abdel Fattah el-Sisi"), P("Sugiono"), P("Badr Abdelatty"),
       P("Sjafrie Sjamsoeddin", "Sjafrie Sjamsoeddin", "Sjafrie"), P("Erick Thohir", "Erick Thohir", "Erick"),
       P("Fadli Ramadhan"), P("Siti Nurhaliza Putri"),
       O("tirto.id", "tirto.id", "Tirto", "Tirto.id"),
       O("BPMI Setpres", "Biro Pers, Media, dan Informasi Sekretariat Presiden",
         "Biro Pers, Media, dan Informasi Sekretariat Presiden (BPMI Setpres)", "BPMI Setpres", "BPMI"),
       O("Sekretariat Presiden", "Sekretariat Presiden", "Setpres", optional=True),
       O("BPS", "Badan Pusat Statistik", "BPS", "Badan Pusat Statistik (BPS)"),
       O("D-8"), O("Al-Azhar", "Universitas Al-Azhar", "Al-Azhar", "Al Azhar University"),
       O("BUMN", "BUMN", "Kementerian BUMN", optional=True),
       L("Kairo"), L("Istana Ittihadiya"), L("Aljir", "Aljir", "Algiers"),
       L("Afrika Utara", "Afrika Utara", "North Africa", optional=True)],
      cairo_events(["Sugiono", "Prabowo Subianto", "IDN"], ["Badr Abdelatty", "Abdel Fattah el-Sisi", "EGY"],
                   "lima nota kesepahaman"),
      [Q("money", 1.9e9, "USD"), Q("money", 3e9, "USD"), Q("percent", 20, "%")])

# --- 003 (id, IDN Times): video call, postponed visit, recalled BRICS sideline meeting, denied signing ---
TIN = ["Bola Ahmed Tinubu", "NGA"]
write("003_idntimes_prabowo_tinubu_video.txt", "id", "2026-11-06", "IDN Times", "Jakarta",
      [C("IDN"), C("NGA"), C("BRA"),
       P("Prabowo Subianto"), P("Bola Ahmed Tinubu", "Bola Ahmed Tinubu", "Bola Tinubu", "Tinubu"),
       P("Rolliansyah Soemirat", "Rolliansyah Soemirat", "Rolliansyah", "Roy Soemirat"),
       P("Andini Maharani"), P("Yosafat Dwi Cahyo"), P("Ratna Dewi Anggraini"),
       O("IDN Times"), O("Kemlu"),
       O("Dangote Fertiliser", "Dangote Fertiliser", "Dangote Fertilizer", "Dangote"),
       O("Pertamina", "PT Pertamina (Persero)", "PT Pertamina", "Pertamina"),
       O("NNPC", "Nigerian National Petroleum Company Limited", "NNPC", "NNPC Ltd",
         "Nigerian National Petroleum Company Limited (NNPC)"),
       O("CSIS", "Centre for Strategic and International Studies", "CSIS", "CSIS Jakarta",
         "Center for Strategic and International Studies"),
       O("BRICS", "BRICS"),
       L("Jakarta"), L("Pejambon"), L("Gedung Kemlu", "Gedung Kemlu", optional=True),
       L("Rio de Janeiro"), L("Asia", optional=True), L("Afrika", optional=True),
       L("Afrika Barat", "Afrika Barat", "West Africa", optional=True)],
      [
          E("CONSULT", ["phone", "other"], [PRA, TIN], "2026-11-05", "prabowo-tinubu-video-2026-11"),
          # postponed: did not happen
          E("CONSULT", "visit", [["Bola Ahmed Tinubu", "NGA"], ["IDN", "Prabowo Subianto"]], "2026-11",
            "tinubu-indonesia-visit-postponed", optional=True),
          E("CONSULT", "meet", [PRA, TIN], "2025-07-06", "prabowo-tinubu-rio-2025-07", place="Rio de Janeiro"),
          E("CONSULT", "multilateral", [], "2025-07-06", "brics-rio-summit-2025-07", date_end="2025-07-07",
            optional=True, place="Rio de Janeiro", name="KTT BRICS"),
          E("AGREE", None, [PRA, TIN], "2025-07-06", "idn-nga-food-working-group-2025-07", optional=True),
          # the Pertamina-NNPC signing is denied: no event
      ],
      [Q("money", 1.3e9, "USD"), Q("percent", 9, "%"), Q("money", 450e9, "NGN")])

# --- 004 (id, JawaPos.com): OIC foreign ministers in Jeddah, declaration, sideline bilaterals ---
SUG = ["Sugiono", "IDN"]
write("004_jawapos_cfm_oki_jeddah.txt", "id", "2026-11-16", "JawaPos.com", None,
      [C("SAU"), C("IDN"), C("TUR"), C("PAK"), C("MYS"), C("EGY"), C("PSE"),
       P("Faisal bin Farhan Al Saud", "Pangeran Faisal bin Farhan Al Saud", "Faisal bin Farhan Al Saud",
         "Faisal bin Farhan", "Pangeran Faisal"),
       P("Sugiono"), P("Hakan Fidan", "Hakan Fidan", "Fidan"), P("Ishaq Dar"),
       P("Mohamad Hasan", "Mohamad Hasan", "Tok Mat"), P("Badr Abdelatty"),
       P("Hissein Brahim Taha", "Hissein Brahim Taha", "Taha"), P("Arif Wicaksono"), P("Nanda Prasetya"),
       P("Wulan Anggraeni"),
       O("JawaPos.com", "JawaPos.com", "Jawa Pos", "JawaPos"),
       O("OKI", "Organisasi Kerja Sama Islam", "Organisasi Kerja Sama Islam (OKI)", "OKI", "OIC",
         "Organisation of Islamic Cooperation"),
       O("CFM", "Dewan Menteri Luar Negeri", "CFM", "Dewan Menteri Luar Negeri (CFM)", optional=True),
       O("Baznas", "Badan Amil Zakat Nasional", "Baznas", "Badan Amil Zakat Nasional (Baznas)"),
       O("Unair", "Universitas Airlangga", "Unair", "Universitas Airlangga (Unair)"),
       L("Jeddah", "Jeddah", "Jedah", "Jiddah"), L("Gaza"), L("Islamabad"), L("Istanbul")],
      [
          E("CONSULT", "multilateral", [["Faisal bin Farhan Al Saud", "SAU"]], "2026-11-15", "oic-cfm52-jeddah-2026-11",
            place="Jeddah", name="Sidang ke-52 Dewan Menteri Luar Negeri OKI"),
          # adopted by acclamation by "para menteri": no single principal
          E("AGREE", "sign", [], "2026-11-15", "jeddah-declaration-2026-11", place="Jeddah",
            document="Deklarasi Jeddah"),
          E("CONSULT", "meet", [SUG, ["Ishaq Dar", "PAK"]], "2026-11-14", "sugiono-dar-jeddah-2026-11",
            place="Jeddah"),
          # "juga bersua" in the paragraph of Saturday: Saturday or the day of the session
          E("CONSULT", "meet", [SUG, ["Hakan Fidan", "TUR"]], "2026-11-14", "sugiono-fidan-jeddah-2026-11",
            date_end="2026-11-15", place="Jeddah"),
          E("CONSULT", "meet", [SUG, ["Ishaq Dar", "PAK"]], "2027", "idn-pak-joint-commission-2027",
            optional=True, place="Islamabad"),
          E("CONSULT", "multilateral", [], "2025-06-21", "oic-cfm51-istanbul-2025-06", date_end="2025-06-22",
            place="Istanbul", name="CFM ke-51"),
          E("AGREE", "sign", [], "2025-06-21", "istanbul-declaration-2025-06", date_end="2025-06-22",
            place="Istanbul", document="Deklarasi Istanbul"),
      ],
      [Q("money", 5e9, "USD"), Q("money", 1.5e9, "SAR"), Q("money", 500e9, "IDR"), Q("percent", 40, "%")])

# --- 005 (id, ANTARA Sumbar): German ambassador in Padang, university letter of intent ---
write("005_antarasumbar_jerman_padang.txt", "id", "2026-10-28", "ANTARA", "Padang",
      [C("DEU"), C("IDN"),
       P("Ina Lepel", "Ina Lepel", "Lepel", "Dubes Lepel"),
       P("Mahyeldi Ansharullah", "Mahyeldi Ansharullah", "Mahyeldi"),
       P("Efa Yonnedi", "Efa Yonnedi"), P("Thomas Berger", "Thomas Berger", "Berger"),
       P("Rahmat Fauzi"), P("Nila Kusuma"),
       O("ANTARA"), O("KfW"),
       O("Unand", "Universitas Andalas", "Unand", "Universitas Andalas (Unand)"),
       O("Hochschule Bremen", "Hochschule Bremen", "Universitas Ilmu Terapan Bremen"),
       O("GIZ", "Lembaga Kerja Sama Internasional Jerman", "GIZ", "Deutsche Gesellschaft für Internationale Zusammenarbeit"),
       O("Pemprov Sumbar", "Pemprov Sumbar", "Pemerintah Provinsi Sumatera Barat", optional=True),
       O("Hannover Messe", "Hannover Messe", optional=True),
       L("Padang"), L("Sumatera Barat", "Sumatera Barat", "Sumbar", "Ranah Minang", "West Sumatra"),
       L("Istana Gubernuran", "Istana Gubernuran", optional=True), L("Jakarta"),
       L("Solok Selatan", "Kabupaten Solok Selatan", "Solok Selatan"), L("Hannover", "Hannover", "Hanover"),
       L("Teluk Bayur", "Pelabuhan Teluk Bayur", "Teluk Bayur")],
      [
          E("CONSULT", "meet", [["Ina Lepel", "DEU"], ["Mahyeldi Ansharullah", "Sumatera Barat"]], "2026-10-27",
            "lepel-mahyeldi-padang-2026-10", place="Padang"),
          # an ambassador's trip inside her host country
          E("CONSULT", "visit", [["Ina Lepel", "DEU"]], "2026-10-26", "lepel-sumbar-trip-2026-10",
            date_end="2026-10-29", optional=True, place="Padang"),
          E("AGREE", "sign", [["Unand", "Efa Yonnedi"], ["Hochschule Bremen", "Thomas Berger"]], "2026-10-28",
            "unand-bremen-loi-2026-10", place="Padang", document="surat pernyataan kehendak (letter of intent)"),
          E("CONSULT", "visit", [["Mahyeldi Ansharullah", "Sumatera Barat"], ["DEU"]], "2025-04",
            "mahyeldi-germany-visit-2025-04", place="Hannover"),
          E("CONSULT", "meet", [["Mahyeldi Ansharullah"]], "2025-04", "mahyeldi-hannover-business-2025-04",
            optional=True, place="Hannover"),
      ],
      [Q("money", 12e6, "EUR"), Q("percent", 8, "%"), Q("money", 2.3e12, "IDR")])

# --- 006 (id, VIVA): Hun Manet in Beijing, 18 documents, joint statement, recalled Xi visit ---
HUN = ["Hun Manet", "KHM"]
write("006_viva_hun_manet_xi_beijing.txt", "id", "2026-10-23", "VIVA", None,
      [C("KHM"), C("CHN"), C("THA", optional=True),
       P("Hun Manet", "Hun Manet", "Manet"), P("Xi Jinping", "Xi Jinping", "Xi", "Presiden Xi"),
       P("Li Qiang", "Li Qiang"), P("Mao Ning", "Mao Ning"),
       O("VIVA", "VIVA", "Viva", "VIVA.co.id", "viva.co.id"), O("Xinhua"), O("Khmer Times"),
       O("China Exim Bank", "Bank Ekspor-Impor Tiongkok", "China Exim Bank",
         "Bank Ekspor-Impor Tiongkok (China Exim Bank)", "Export-Import Bank of China"),
       O("IMF", "Dana Moneter Internasional", "IMF", "Dana Moneter Internasional (IMF)",
         "International Monetary Fund"),
       O("Kemlu Tiongkok", "Kementerian Luar Negeri Tiongkok", optional=True),
       L("Beijing"), L("Balai Agung Rakyat", "Balai Agung Rakyat", "Great Hall of the People", "Aula Besar Rakyat"),
       L("Phnom Penh"), L("Teluk Thailand", "Teluk Thailand", "Gulf of Thailand"),
       L("Kanal Funan Techo", "Kanal Funan Techo", "Funan Techo", optional=True)],
      [
          E("CONSULT", "meet", [HUN, ["Xi Jinping", "CHN"]], "2026-10-22", "hun-manet-xi-2026-10",
            place="Balai Agung Rakyat"),
          E("CONSULT", "visit", [["Hun Manet", "KHM"], ["CHN", "Xi Jinping"]], "2026-10-21",
            "hun-manet-china-visit-2026-10", date_end="2026-10-24", place="Beijing"),
          E("CONSULT", "meet", [HUN, ["Li Qiang", "CHN"]], "2026-10-22", "hun-manet-li-2026-10", place="Beijing"),
          E("AGREE", "sign", [HUN, ["Li Qiang", "CHN"]], "2026-10-22", "khm-chn-18-documents-2026-10",
            place="Beijing", document="18 dokumen kerja sama"),
          E("AGREE", "sign", [["KHM", "Hun Manet"], ["China Exim Bank", "CHN"]], "2026-10-22",
            "funan-techo-loan-2026-10", optional=True, place="Beijing",
            document="perjanjian pinjaman untuk Kanal Funan Techo"),
          E("AGREE", "sign", [HUN, ["CHN", "Xi Jinping", "Li Qiang"]], "2026-10-22", "khm-chn-joint-statement-2026-10",
            date_end="2026-10-23", place="Beijing", document="pernyataan bersama"),
          E("CONSULT", "visit", [["Xi Jinping", "CHN"], ["KHM", "Hun Manet"]], "2025-04-17", "xi-cambodia-visit-2025-04",
            date_end="2025-04-18", place="Phnom Penh"),
          E("AGREE", "sign", [["CHN", "Xi Jinping"], ["KHM", "Hun Manet"]], "2025-04-17",
            "chn-khm-37-documents-2025-04", date_end="2025-04-18", place="Phnom Penh",
            document="37 dokumen kerja sama"),
      ],
      [Q("money", 8.2e9, "CNY"), Q("money", 1.15e9, "USD"), Q("money", 18.3e9, "USD"), Q("percent", 22, "%"),
       Q("percent", 37, "%")])

# --- 007 (id, Medcom.id): FM phone call, recalled CEPA signing, denied meeting in Singapore ---
write("007_medcom_sugiono_anand_telepon.txt", "id", "2026-11-10", "Medcom.id", "Jakarta",
      [C("IDN"), C("CAN"), C("SGP"),
       P("Sugiono"), P("Anita Anand", "Anita Anand", "Anand"), P("Prabowo Subianto"),
       P("Mark Carney", "Mark Carney", "Carney"), P("Darianto Harsono", "Darianto Harsono", "Darianto"),
       P("Lestari Wulandari", "Lestari Wulandari", "Lestari"),
       O("Medcom.id", "Medcom.id", "Medcom"), O("Kemlu"),
       O("TNI AL", "TNI Angkatan Laut", "TNI AL", "Angkatan Laut"),
       O("UGM", "Universitas Gadjah Mada", "UGM", "Universitas Gadjah Mada (UGM)"),
       L("Jakarta"), L("Ottawa"),
       L("Laut China Selatan", "Laut China Selatan", "Laut Cina Selatan", "South China Sea"),
       L("Amerika Utara", "Amerika Utara", "Amerika Utara dan Tengah", optional=True)],
      [
          E("CONSULT", "phone", [SUG, ["Anita Anand", "CAN"]], "2026-11-09", "sugiono-anand-call-2026-11"),
          E("AGREE", "sign", [PRA, ["Mark Carney", "CAN"]], "2025-09-23", "ica-cepa-signing-2025-09",
            place="Ottawa", document="ICA-CEPA"),
          E("CONSULT", "visit", [["Anita Anand", "CAN"], ["IDN", "Sugiono"]], "2026-12", "anand-jakarta-visit-2026-12",
            optional=True, place="Jakarta"),
          E("CONSULT", "meet", [SUG, ["Anita Anand", "CAN"]], "2026-12", "idn-can-strategic-dialogue-2026-12",
            optional=True, place="Jakarta", name="Dialog Strategis Indonesia-Kanada"),
          # the meeting in Singapore is denied: no event
      ],
      [Q("percent", 17, "%"), Q("money", 5.1e9, "CAD"), Q("money", 61e12, "IDR"), Q("percent", 90, "%")])

# --- 008 (en, Arab News): Sharif received by the crown prince in Riyadh, seven MoUs, recalled pact ---
MBS = ["Mohammed bin Salman", "SAU"]
SHS = ["Shehbaz Sharif", "PAK"]
write("008_arabnews_mbs_sharif_riyadh.txt", "en", "2026-11-03", "Arab News", "Riyadh",
      [C("SAU"), C("PAK"),
       P("Mohammed bin Salman"), P("Shehbaz Sharif"), P("Ishaq Dar"),
       P("Asim Munir", "Asim Munir", "Field Marshal Asim Munir", "Munir"),
       P("Faisal bin Bandar", "Prince Faisal bin Bandar", "Faisal bin Bandar"),
       P("Abdulaziz bin Salman", "Prince Abdulaziz bin Salman", "Abdulaziz bin Salman"),
       P("Ali Pervaiz Malik", "Ali Pervaiz Malik", "Malik"), P("Faisal Al-Harbi", "Faisal Al-Harbi", "Al-Harbi"),
       O("Arab News", "Arab News", "ARAB NEWS"), O("SPA", "Saudi Press Agency", "SPA", "Saudi Press Agency (SPA)"),
       O("SBP", "State Bank of Pakistan", "SBP", "State Bank of Pakistan (SBP)"),
       O("Finance Ministry", "Finance Ministry", "Pakistan's Finance Ministry", "Ministry of Finance"),
       O("KFCRIS", "King Faisal Center for Research and Islamic Studies", "KFCRIS"),
       L("Riyadh"), L("Al-Yamamah Palace", "Al-Yamamah Palace", "Al Yamamah Palace", "Yamamah Palace"),
       L("King Khalid International Airport", "King Khalid International Airport"),
       L("Gwadar"), L("Balochistan"), L("Doha"), L("South Asia", "South Asia", optional=True)],
      [
          E("CONSULT", "meet", [MBS, SHS], "2026-11-02", "mbs-sharif-riyadh-2026-11", place="Al-Yamamah Palace"),
          E("CONSULT", "visit", [["Shehbaz Sharif", "PAK"], ["SAU", "Mohammed bin Salman"]], "2026-11-01",
            "sharif-saudi-visit-2026-11", date_end="2026-11-02", place="Riyadh"),
          E("CONSULT", "meet", [["Shehbaz Sharif"], ["Faisal bin Bandar"]], "2026-11-01", "sharif-airport-welcome-2026-11",
            optional=True, place="King Khalid International Airport"),
          E("AGREE", "sign", [["SAU", "Mohammed bin Salman", "Abdulaziz bin Salman"],
                              ["PAK", "Shehbaz Sharif", "Ali Pervaiz Malik"]], "2026-11-02",
            "sau-pak-seven-mous-2026-11", place="Riyadh", document="seven memorandums of understanding"),
          E("AGREE", "sign", [["Abdulaziz bin Salman", "SAU"], ["Ali Pervaiz Malik", "PAK"]], "2026-11-02",
            "sau-pak-refinery-2026-11", optional=True, place="Riyadh", document="refinery agreement"),
          E("AGREE", "sign", [MBS, SHS], "2025-09-17", "sau-pak-defense-agreement-2025-09", place="Riyadh",
            document="Strategic Mutual Defense Agreement"),
          E("AGREE", None, ["SAU", "PAK"], "2026-11", "saudi-deposit-rollover-2026-11", optional=True),
          E("CONSULT", "visit", [["Shehbaz Sharif", "PAK"]], "2026-11", "sharif-doha-2026-11", optional=True,
            place="Doha"),
      ],
      [Q("money", 4.5e9, "USD"), Q("money", 9.4e9, "SAR"), Q("money", 3e9, "USD"), Q("percent", 11, "%")])

# --- 009 (en, Yonhap, HTML): Tokayev's state visit to Seoul, 11 MoUs, recalled phone talks ---
LEE = ["Lee Jae-myung", "KOR"]
TOK = ["Kassym-Jomart Tokayev", "KAZ"]
write("009_yonhap_lee_tokayev_seoul.html", "en", "2026-11-12", "Yonhap", "Seoul",
      [C("KOR"), C("KAZ"), C("PRK", optional=True),
       P("Lee Jae-myung", "Lee Jae-myung", "Lee", "President Lee"),
       P("Kassym-Jomart Tokayev", "Kassym-Jomart Tokayev", "Tokayev", "Kassym Jomart Tokayev"),
       P("Kang Yu-jung", "Kang Yu-jung", "Kang"), P("Woo Won-shik", "Woo Won-shik", "Woo"),
       P("Park Ji-hoon", "Park Ji-hoon", "Park"), P("Kim Seo-yeon", "Kim Seo-yeon"),
       O("Yonhap", "Yonhap News Agency", "Yonhap"),
       O("KOMIR", "Korea Mine Rehabilitation and Mineral Resources Corp.", "KOMIR",
         "Korea Mine Rehabilitation and Mineral Resources Corporation"),
       O("Tau-Ken Samruk", "Tau-Ken Samruk"),
       O("K-SURE", "Korea Trade Insurance Corp.", "K-SURE", "Korea Trade Insurance Corporation"),
       O("MOTIE", "Ministry of Trade, Industry and Energy", "MOTIE"),
       O("National Assembly", "National Assembly"),
       O("HUFS", "Hankuk University of Foreign Studies", "HUFS"),
       O("KOSPI", "KOSPI", optional=True), O("KOSDAQ", "KOSDAQ", optional=True), O("APEC", "APEC", optional=True),
       L("Seoul"), L("Cheong Wa Dae", "Cheong Wa Dae", "Blue House"), L("Tokyo"),
       L("Central Asia", "Central Asia", optional=True), L("Shenzhen", optional=True),
       L("Jongno-gu", "Jongno-gu", optional=True), L("Yulgok-ro", "Yulgok-ro", "Yulgok-ro 2-gil", optional=True)],
      [
          E("CONSULT", "meet", [LEE, TOK], "2026-11-12", "lee-tokayev-summit-2026-11", place="Cheong Wa Dae"),
          E("CONSULT", "visit", [["Kassym-Jomart Tokayev", "KAZ"], ["KOR", "Lee Jae-myung"]], "2026-11-11",
            "tokayev-korea-visit-2026-11", date_end="2026-11-13", place="Seoul"),
          E("AGREE", "sign", [LEE, TOK], "2026-11-12", "kor-kaz-11-mous-2026-11", place="Seoul",
            document="11 memorandums of understanding"),
          E("AGREE", "sign", [["KOMIR", "KOR"], ["Tau-Ken Samruk", "KAZ"]], "2026-11-12", "komir-taukensamruk-2026-11",
            optional=True, place="Seoul", document="MOU on the joint development of a tungsten deposit"),
          E("AGREE", None, ["K-SURE"], "2026-11-12", "ksure-guarantee-2026-11", optional=True),
          E("CONSULT", "phone", [LEE, TOK], "2025-08-21", "lee-tokayev-phone-2025-08"),
          E("CONSULT", "meet", [["Kassym-Jomart Tokayev", "KAZ"], ["Woo Won-shik", "National Assembly"]], "2026-11-13",
            "tokayev-woo-2026-11", optional=True, place="Seoul"),
          E("CONSULT", "visit", [["KAZ"], ["KOR"]], "2019", "kaz-korea-visit-2019", optional=True),
      ],
      [Q("money", 1.2e12, "KRW"), Q("money", 867e6, "USD"), Q("money", 6.8e9, "USD"), Q("percent", 14.5, "%"),
       Q("money", 1384.5, "KRW", optional=True)])

# --- 010 (en, Reuters): Merz in Hanoi, energy agreement, recalled Berlin visit and phone call ---
MERZ = ["Friedrich Merz", "DEU"]
write("010_reuters_merz_hanoi.txt", "en", "2026-10-29", "Reuters", "Hanoi",
      [C("DEU"), C("VNM"), C("IDN"), C("CHN"),
       P("Friedrich Merz", "Friedrich Merz", "Merz"), P("To Lam", "To Lam", "Lam", "Tô Lâm"),
       P("Pham Minh Chinh", "Pham Minh Chinh", "Chinh", "Phạm Minh Chính"),
       P("Olaf Scholz", "Olaf Scholz", "Scholz"), P("Prabowo Subianto"),
       P("Minh Tran"), P("Lena Hoffmann"), P("Markus Vogel"), P("Sarah Clarke"),
       O("Reuters"), O("Communist Party", "Communist Party", "Communist Party of Vietnam", "Vietnam's Communist Party"),
       O("KfW"), O("Siemens Energy"), O("Bosch"),
       O("AHK Vietnam", "German Chamber of Industry and Commerce in Vietnam", "AHK Vietnam", "AHK"),
       O("Uni Eropa"), O("ASEAN"),
       L("Hanoi", "Hanoi", "Ha Noi"), L("Presidential Palace", "Presidential Palace", optional=True),
       L("Berlin"), L("Jakarta"), L("Southeast Asia", "Southeast Asia", optional=True)],
      [
          E("CONSULT", "meet", [MERZ, ["To Lam", "VNM"]], "2026-10-29", "merz-to-lam-2026-10", place="Hanoi"),
          E("CONSULT", "visit", [["Friedrich Merz", "DEU"], ["VNM", "To Lam", "Pham Minh Chinh"]], "2026-10-28",
            "merz-vietnam-visit-2026-10", date_end="2026-10-30", place="Hanoi"),
          E("CONSULT", "meet", [MERZ, ["Pham Minh Chinh", "VNM"]], "2026-10-29", "merz-chinh-2026-10", place="Hanoi"),
          E("AGREE", "sign", [MERZ, ["Pham Minh Chinh", "VNM"]], "2026-10-29", "deu-vnm-jetp-agreement-2026-10",
            place="Hanoi", document="agreement on a just energy transition partnership"),
          E("AGREE", "sign", [MERZ, ["Pham Minh Chinh", "VNM"]], "2026-10-29", "deu-vnm-skilled-migration-2026-10",
            optional=True, place="Hanoi", document="declaration of intent on skilled migration"),
          E("CONSULT", "visit", [["Pham Minh Chinh", "VNM"], ["DEU", "Olaf Scholz"]], "2025-01",
            "chinh-berlin-visit-2025-01", place="Berlin"),
          E("CONSULT", "meet", [["Pham Minh Chinh", "VNM"], ["Olaf Scholz", "DEU"]], "2025-01",
            "chinh-scholz-2025-01", place="Berlin"),
          E("AGREE", None, [["Pham Minh Chinh", "VNM"], ["Olaf Scholz", "DEU"]], "2025-01",
            "deu-vnm-upgrade-2025-01", optional=True),
          E("CONSULT", "phone", [["Olaf Scholz", "DEU"], ["To Lam", "VNM"]], "2025-03", "scholz-to-lam-phone-2025-03"),
          E("CONSULT", "visit", [MERZ, ["IDN", "Prabowo Subianto"]], "2026-10-30", "merz-jakarta-visit-2026-10",
            optional=True, place="Jakarta"),
          E("CONSULT", "meet", [MERZ, PRA], "2026-10-30", "merz-prabowo-2026-10", optional=True, place="Jakarta"),
          E("CONSULT", "multilateral", ["Uni Eropa", "ASEAN"], "2027", "eu-asean-summit-2027", optional=True),
      ],
      [Q("money", 500e6, "EUR"), Q("money", 582e6, "USD"), Q("money", 14e9, "USD"), Q("percent", 40, "%")])

_gold.finish()
