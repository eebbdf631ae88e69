package entity

import "testing"

// TestOrganisationNames: the edges of organisation names.
func TestOrganisationNames(t *testing.T) {
	tests := []entityCase{
		{"a secretariat is named after the body it serves", "Laporan itu disusun oleh Sekretariat ASEAN di Jakarta.", "id", nil,
			map[string]string{"org:sekretariat-asean": "ORG Sekretariat ASEAN"}, []string{"org:asean"}},
		{"a known body after the head's connectors", "He sits on the Political Bureau of the CPC Central Committee.", "en", nil,
			map[string]string{"org:political-bureau-of-the-cpc-central-committee": "ORG Political Bureau of the CPC Central Committee"}, nil},
		{"a known body after another head stands alone", "Ketua Komisi Uni Afrika hadir di Jakarta.", "id", nil,
			map[string]string{"org:african-union": "ORG Uni Afrika"}, nil},
		{"a conjunction before a known body ends the name", "Perdagangan dengan Amerika Serikat dan Uni Eropa tumbuh.", "id", nil,
			map[string]string{"org:eu": "ORG Uni Eropa"}, nil},
		{"a body and an office joined by and", "The Council of Ministers and Defence Minister Rashid met.", "en", nil,
			map[string]string{"org:council-of-ministers": "ORG Council of Ministers"}, []string{"org:council-of-ministers-and-defence-minister"}},
		{"a body whose name holds an office", "Foto itu dirilis Biro Pers, Media, dan Informasi Sekretariat Presiden.", "id", nil,
			map[string]string{"org:biro-pers-media-dan-informasi-sekretariat-presiden": "ORG Biro Pers, Media, dan Informasi Sekretariat Presiden"}, nil},
		{"a demonym opening an English name", "The Kyrgyz Chamber of Commerce said trade grew.", "en", nil,
			map[string]string{"org:kyrgyz-chamber-of-commerce": "ORG Kyrgyz Chamber of Commerce"}, []string{"country:KGZ"}},
		{"a medium's regional edition", "The summit was covered by Channel News Asia on Monday.", "en", nil,
			map[string]string{"org:channel-news-asia": "ORG Channel News Asia"}, []string{"place:asia"}},
		{"a standing committee is a body", "Li Wen, Chairman of the Standing Committee of the People's Assembly, spoke.", "en", nil,
			nil, []string{"person:standing"}},
		{"an acronym of a common noun phrase", "Pemerintah melindungi pekerja migran Indonesia (PMI) di Malaysia. Jumlah PMI terus naik.", "id",
			fakeTagger{"PMI": "B-ORG"}, nil, []string{"org:pmi"}},
		{"Indonesian acronyms of kinds of people", "Sebanyak 20 WNI dievakuasi dari Sudan.", "id", fakeTagger{"WNI": "B-ORG"}, nil, []string{"org:wni"}},
		{"a tagged name ending with a title is no organisation", "Jokowi Welcomes Philippine President to Jakarta", "en",
			fakeTagger{"Welcomes": "B-ORG", "Philippine": "I-ORG", "President": "I-ORG"}, nil, []string{"org:welcomes-philippine-president"}},
	}
	runEntityCases(t, tests)
}

// TestQualifiersBeforeHead: a capitalised qualifier that is also a title's
// word opens an organisation's name unless a title stands before it; an
// Indonesian authority is named by its head word.
func TestQualifiersBeforeHead(t *testing.T) {
	tests := []entityCase{
		{"The General Directorate of Maritime Safety published the figures.", "The General Directorate of Maritime Safety published the figures.", "en", nil,
			map[string]string{"org:general-directorate-of-maritime-safety": "ORG General Directorate of Maritime Safety"},
			[]string{"org:directorate-of-maritime-safety"}},
		{"Kenya's General Authority of Ports said the ship had docked.", "Kenya's General Authority of Ports said the ship had docked.", "en", nil,
			map[string]string{"org:general-authority-of-ports": "ORG General Authority of Ports"}, nil},
		{"Secretary General Bureau of Planning staff met on Monday.", "Secretary General Bureau of Planning staff met on Monday.", "en", nil,
			nil, []string{"org:general-bureau-of-planning"}},
		{"Kepala Otorita Batam Rudi Hartono hadir dalam rapat itu.", "Kepala Otorita Batam Rudi Hartono hadir dalam rapat itu.", "id", nil,
			map[string]string{"org:otorita-batam": "ORG Otorita Batam", "person:rudi-hartono": "PERSON Rudi Hartono"}, nil},
		{"Vietnam's General Administration of Forestry published the figures.", "Vietnam's General Administration of Forestry published the figures.", "en", nil,
			map[string]string{"org:general-administration-of-forestry": "ORG General Administration of Forestry"},
			[]string{"org:administration-of-forestry"}},
	}
	runEntityCases(t, tests)
}

// TestTailNameWithConnectors: an English name read back from its tail word
// runs over the connectors between its capitalised words, not over a
// known name.
func TestTailNameWithConnectors(t *testing.T) {
	tests := []entityCase{
		{"The contract went to the Java Coal Mining and Mineral Resources Corp. on Friday.", "The contract went to the Java Coal Mining and Mineral Resources Corp. on Friday.", "en", nil,
			map[string]string{"org:java-coal-mining-and-mineral-resources-corp": "ORG Java Coal Mining and Mineral Resources Corp"},
			[]string{"org:mineral-resources-corp", "person:java-coal-mining"}},
		{"Shares of the Harbour Towing and Salvage Company fell.", "Shares of the Harbour Towing and Salvage Company fell.", "en", nil,
			map[string]string{"org:harbour-towing-and-salvage-company": "ORG Harbour Towing and Salvage Company"}, nil},
		{"Rina Wulandari, Managing Director and Group Treasurer, spoke first.", "Rina Wulandari, Managing Director and Group Treasurer, spoke first.", "en", nil,
			nil, []string{"org:managing-director-and-group", "org:director-and-group"}},
		{"Indonesia and Singapore Airlines signed a deal.", "Indonesia and Singapore Airlines signed a deal.", "en", nil,
			map[string]string{"country:IDN": "COUNTRY Indonesia"}, []string{"org:indonesia-and-singapore-airlines"}},
	}
	runEntityCases(t, tests)
}

// TestLongerBodyOverKnownName: qualifiers before a known body's name make
// another body, named whole; a word of organisation vocabulary carries an
// Indonesian name on; a possessive inside a known name keeps it whole.
func TestLongerBodyOverKnownName(t *testing.T) {
	runEntityCases(t, []entityCase{
		{"qualifiers before a known body", "Members of the Supreme National Security Council voted on Tuesday.", "en", nil,
			map[string]string{"org:supreme-national-security-council": "ORG Supreme National Security Council"}, []string{"org:unsc"}},
		{"the known body alone", "The Security Council met on Tuesday.", "en", nil,
			map[string]string{"org:unsc": "ORG Security Council"}, nil},
		{"a word of vocabulary that opens no name", "Badan Statistik Negara Kirgizstan mencatat kenaikan ekspor.", "id", nil,
			map[string]string{"org:badan-statistik-negara-kirgizstan": "ORG Badan Statistik Negara Kirgizstan"}, []string{"org:badan-statistik"}},
		{"a possessive inside a known name", "A delegation of the National People's Congress arrived.", "en", nil,
			map[string]string{"org:npc": "ORG National People's Congress"}, []string{"org:kongres-as"}},
	})
}
