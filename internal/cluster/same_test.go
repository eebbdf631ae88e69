package cluster

import (
	"reflect"
	"testing"

	"kronik/internal/record"
)

// TestSameLinksWhatAReaderLinks: pairs of reports of one event that outlets
// word differently are one event, and the traps beside them (another day's
// ceremony, another summit, talks with other parties) stay apart. Every
// report here is written for the test.
func TestSameLinksWhatAReaderLinks(t *testing.T) {
	idnMys := map[string]bool{"country:IDN": true, "country:MYS": true}
	idnVnm := map[string]bool{"country:IDN": true, "country:VNM": true}
	rusUzb := map[string]bool{"country:RUS": true, "country:UZB": true}
	three := map[string]bool{"country:RUS": true, "country:UZB": true, "country:KAZ": true}
	withSource := func(e record.Event, src string) record.Event { e.DateSource = src; return e }
	named := func(e record.Event, name string) record.Event { e.Name = sp(name); return e }
	tests := []struct {
		name   string
		a      record.Event
		as     map[string]bool
		b      record.Event
		bs     map[string]bool
		want   bool
		reason string
	}{
		{"talks dated a day apart", ev("CONSULT", "meet", "2024-05-27", "", ""), rusUzb,
			ev("CONSULT", "meet", "2024-05-26", "", ""), rusUzb, true,
			"outlets in two time zones date one evening's talks by two days"},
		{"talks a day apart with a third party", ev("CONSULT", "meet", "2024-05-27", "", ""), rusUzb,
			ev("CONSULT", "meet", "2024-05-26", "", ""), three, false,
			"a report conflating two meetings of a trip does not take the next day's talks"},
		{"talks a day apart by the same two leaders, one report adding a topic's state",
			ev("CONSULT", "meet", "2023-11-15", "", "", "person:leader-a", "person:leader-b"), map[string]bool{"country:USA": true, "country:CHN": true, "country:TWN": true},
			ev("CONSULT", "meet", "2023-11-16", "", "", "person:leader-a", "person:leader-b"), map[string]bool{"country:USA": true, "country:CHN": true}, true,
			"the same two leaders' talks; the third state is what they talked about"},
		{"talks two days apart", ev("CONSULT", "meet", "2024-05-28", "", ""), rusUzb,
			ev("CONSULT", "meet", "2024-05-26", "", ""), rusUzb, false, "a day of slack, not two"},
		{"a visit whose reports name different hosts",
			ev("CONSULT", "visit", "2026-11-16", "", "", "person:visiting-president", "person:prime-minister"), map[string]bool{"country:IDN": true, "country:JPN": true},
			ev("CONSULT", "visit", "2026-11-15", "", "", "person:visiting-president", "person:emperor"), map[string]bool{"country:IDN": true, "country:JPN": true}, true,
			"one trip of one visitor, who met two hosts"},
		{"talks whose reports name different pairs of people",
			ev("CONSULT", "meet", "2026-11-16", "", "", "person:president-a", "person:prime-minister"), map[string]bool{"country:IDN": true, "country:JPN": true},
			ev("CONSULT", "meet", "2026-11-16", "", "", "person:president-a", "person:foreign-minister"), map[string]bool{"country:IDN": true, "country:JPN": true}, false,
			"talks with the prime minister and with the foreign minister are two meetings"},
		{"talks naming a leader in full and short",
			ev("CONSULT", "meet", "2022-01-25", "", "", "person:host-leader", "person:lee"), map[string]bool{"country:IDN": true, "country:SGP": true},
			ev("CONSULT", "meet", "2022-01-25", "", "", "person:host-leader", "person:lee-hsien-loong"), map[string]bool{"country:IDN": true, "country:SGP": true}, true,
			"Lee and Lee Hsien Loong are one man"},
		{"talks of namesakes", ev("CONSULT", "meet", "2022-01-25", "", "", "person:host-leader", "person:wang-yi"), map[string]bool{"country:IDN": true, "country:CHN": true},
			ev("CONSULT", "meet", "2022-01-25", "", "", "person:host-leader", "person:wang-wenbin"), map[string]bool{"country:IDN": true, "country:CHN": true}, false,
			"Wang Yi and Wang Wenbin are two"},
		{"talks dated to the month and to the day", ev("CONSULT", "meet", "2021-11", "", ""), idnMys,
			ev("CONSULT", "meet", "2021-11-10", "", ""), idnMys, true, "a month-dated report covers the day"},
		{"a summit by its ordinal in two languages",
			named(ev("CONSULT", "multilateral", "2023-09-05", "Jakarta", ""), "KTT ke-43 ASEAN"), map[string]bool{"country:IDN": true},
			named(ev("CONSULT", "multilateral", "2023-09-06", "", ""), "43rd ASEAN Summit"), map[string]bool{"org:asean": true}, true,
			"ke-43 and 43rd are one ordinal"},
		{"a summit's place spelt two ways",
			named(ev("CONSULT", "multilateral", "2023-05-19", "Xi'an", ""), "summit"), nil,
			named(ev("CONSULT", "multilateral", "2023-05-19", "Xian", ""), "KTT"), nil, true,
			"an apostrophe does not make another city"},
		{"a summit placed in its city and in its country",
			named(ev("CONSULT", "multilateral", "2024-12-19", "Kairo", ""), "KTT D-8"), nil,
			named(ev("CONSULT", "multilateral", "2024-12-19", "Mesir", ""), "Konferensi Tingkat Tinggi D-8"), nil, true,
			"the name marks the summit; one report gives the city, the other the country"},
		{"a summit in its city and its country, one name generic",
			named(ev("CONSULT", "multilateral", "2024-09-04", "Tiongkok", ""), "KTT Forum Kerja Sama"), map[string]bool{"country:CHN": true},
			named(ev("CONSULT", "multilateral", "2024-09-04", "Beijing", ""), "the summit"), map[string]bool{"country:CHN": true, "country:KEN": true}, true,
			"Beijing is in China, and the host takes part in both"},
		{"generic summits in two cities of one state",
			named(ev("CONSULT", "multilateral", "2024-09-04", "Shanghai", ""), "KTT"), map[string]bool{"country:CHN": true},
			named(ev("CONSULT", "multilateral", "2024-09-04", "Beijing", ""), "the summit"), map[string]bool{"country:CHN": true}, false,
			"two cities, two gatherings, however the host is named"},
		{"a summit in a city and one in another state",
			named(ev("CONSULT", "multilateral", "2024-09-04", "Indonesia", ""), "KTT"), map[string]bool{"country:CHN": true},
			named(ev("CONSULT", "multilateral", "2024-09-04", "Beijing", ""), "the summit"), map[string]bool{"country:CHN": true}, false,
			"Beijing is not in Indonesia"},
		{"two named summits in two cities",
			named(ev("CONSULT", "multilateral", "2024-12-19", "Kairo", ""), "KTT D-8"), nil,
			named(ev("CONSULT", "multilateral", "2024-12-19", "Doha", ""), "KTT Liga Arab"), nil, false,
			"other names, other places"},
		{"summits of other ordinals",
			named(ev("CONSULT", "multilateral", "2023-09-05", "Jakarta", ""), "KTT ke-42 ASEAN"), nil,
			named(ev("CONSULT", "multilateral", "2023-09-05", "", ""), "43rd ASEAN Summit"), nil, false,
			"the 42nd and the 43rd summit are two"},
		{"a summit named only 'the summit' with the organisation as party",
			named(ev("CONSULT", "multilateral", "2023-09-07", "Jakarta", ""), "Konferensi Tingkat Tinggi ASEAN ke-43"), map[string]bool{"country:IDN": true},
			named(ev("CONSULT", "multilateral", "2023-09-07", "", ""), "the summit"), map[string]bool{"org:asean": true}, true,
			"the organisation the name names is a participant"},
		{"a summit named in one language and a generic one with a common state",
			named(ev("CONSULT", "multilateral", "2025-06", "Kazakhstan", ""), "KTT"), map[string]bool{"country:CHN": true, "country:KAZ": true},
			named(ev("CONSULT", "multilateral", "2025-06-17", "", ""), "summit"), map[string]bool{"country:CHN": true}, true,
			"a generic name leaves the participants to decide"},
		{"a generic summit known only by its year",
			named(ev("CONSULT", "multilateral", "2023-05-10", "Labuan Bajo", ""), "KTT ke-42 ASEAN"), map[string]bool{"country:IDN": true},
			named(ev("CONSULT", "multilateral", "2023", "", ""), "Forum"), map[string]bool{"country:IDN": true}, false,
			"a state's gathering of some day that year is any of them"},
		{"two generic summits with no participant in common",
			named(ev("CONSULT", "multilateral", "2023-09-07", "", ""), "Summit"), map[string]bool{"org:asean": true},
			named(ev("CONSULT", "multilateral", "2023", "Xi'an", ""), "summit"), map[string]bool{"country:CHN": true}, false,
			"'summit' and 'Summit' name no summit in particular"},
		{"summit names across languages",
			named(ev("CONSULT", "multilateral", "2025-06-17", "", ""), "KTT China-Asia Tengah kedua"), nil,
			named(ev("CONSULT", "multilateral", "2025-06-17", "", ""), "second Central Asia-China Summit"), nil, true,
			"tengah is central, kedua second"},
		{"a treaty named in two languages",
			withSource(ev("AGREE", "sign", "2025-06", "", "Perjanjian tentang Persahabatan dan Kerja Sama Abadi"), "text"), nil,
			withSource(ev("AGREE", "sign", "2025-06-17", "", "the Treaty on Eternal Friendship and Cooperation"), "text"), nil, true,
			"the content words agree once translated"},
		{"two named texts of one day", withSource(ev("AGREE", "sign", "2025-06-17", "", "Deklarasi Astana"), "text"), nil,
			withSource(ev("AGREE", "sign", "2025-06-17", "", "Treaty on Eternal Friendship"), "text"), nil, false,
			"a declaration and a treaty are two texts"},
		{"a ceremony's list and one of its texts",
			withSource(ev("AGREE", "sign", "2022-01-25", "", "tiga nota kesepahaman"), "doc"), idnMys,
			withSource(ev("AGREE", "sign", "2022-01-25", "", "an MoU on maritime security"), "text"), idnMys, true,
			"'three MoUs' stands for the MoU the other report names"},
		{"a list of MoUs and a joint statement", withSource(ev("AGREE", "sign", "2022-01-25", "", "tiga nota kesepahaman"), "doc"), idnMys,
			withSource(ev("AGREE", "sign", "2022-01-25", "", "a joint statement"), "text"), idnMys, true,
			"the statement the leaders adopted at the ceremony shares its cluster"},
		{"two named texts of one ceremony",
			withSource(ev("AGREE", "sign", "2026-03-02", "Hanoi", "Perjanjian Ekstradisi"), "text"), idnVnm,
			withSource(ev("AGREE", "sign", "2026-03-02", "", "the Defence Cooperation Agreement"), "text"), idnVnm, true,
			"the same two states signed both that day: one ceremony"},
		{"a ceremony placed in its city and in its country",
			withSource(ev("AGREE", "sign", "2026-03-02", "Hanoi", "lima nota kesepahaman"), "text"), idnVnm,
			withSource(ev("AGREE", "sign", "2026-03-02", "Vietnam", "a joint statement"), "text"), idnVnm, true,
			"Hanoi is in Vietnam"},
		{"signings of one pair on one day in two states",
			withSource(ev("AGREE", "sign", "2026-03-02", "Hanoi", "an MoU on fisheries"), "text"), idnVnm,
			withSource(ev("AGREE", "sign", "2026-03-02", "Jakarta", "a trade agreement"), "text"), idnVnm, false,
			"ministers signing in Jakarta are not the leaders' ceremony in Hanoi"},
		{"a statement adopted the day after the MoUs",
			withSource(ev("AGREE", "sign", "2026-10-20", "", "lima nota kesepahaman"), "text"), idnVnm,
			withSource(ev("AGREE", "sign", "2026-10-21", "", "Pernyataan Bersama tentang Kemitraan Strategis"), "text"), idnVnm, false,
			"two days' signings of one visit are two ceremonies"},
		{"a summit's bilateral signings", withSource(ev("AGREE", "sign", "2025-06-17", "Astana", "an MoU on trade"), "text"),
			map[string]bool{"country:CHN": true, "country:KAZ": true},
			withSource(ev("AGREE", "sign", "2025-06-17", "Astana", "an MoU on energy"), "text"),
			map[string]bool{"country:CHN": true, "country:UZB": true}, false,
			"the host's signings with each guest are ceremonies of their own"},
		{"a signing dated only to the month",
			withSource(ev("AGREE", "sign", "2026-03", "", "an extradition treaty"), "text"), idnVnm,
			withSource(ev("AGREE", "sign", "2026-03-02", "", "lima nota kesepahaman"), "text"), idnVnm, false,
			"a month holds several ceremonies"},
		{"lists of two days", withSource(ev("AGREE", "sign", "2022-01-25", "", "several agreements"), "text"), idnMys,
			withSource(ev("AGREE", "sign", "2022-01-26", "", "an agreement on fisheries"), "text"), idnMys, false,
			"two days' signings are two ceremonies"},
		{"a list dated only by its story's day", withSource(ev("AGREE", "sign", "2024-05-26", "", "an accord on energy"), "doc"), rusUzb,
			withSource(ev("AGREE", "sign", "2024-05-27", "", "sejumlah kesepakatan"), "text"), rusUzb, true,
			"the story's day may be the arrival before the signing"},
		{"a list and a text of another kind", withSource(ev("AGREE", "sign", "2022-01-25", "", "tiga nota kesepahaman"), "text"), idnMys,
			withSource(ev("AGREE", "sign", "2022-01-25", "", "an extradition agreement"), "text"), idnMys, true,
			"MoUs and a treaty signed at one ceremony are one event"},
		{"talks and a meeting of the two with their host", ev("CONSULT", "meet", "2023-03-10", "", ""),
			map[string]bool{"country:SAU": true, "country:IRN": true},
			named(ev("CONSULT", "multilateral", "2023-03-10", "", ""), "a meeting"),
			map[string]bool{"country:SAU": true, "country:IRN": true, "country:CHN": true}, true,
			"one outlet's talks are another's meeting hosted by a third state"},
		{"talks beside an unnamed gathering of many states", ev("CONSULT", "meet", "2023-03-10", "", ""), idnMys,
			named(ev("CONSULT", "multilateral", "2023-03-10", "", ""), "the meeting"),
			map[string]bool{"country:IDN": true, "country:MYS": true, "country:SGP": true, "country:THA": true}, false,
			"bilateral talks on a gathering's sidelines are their own event"},
		{"talks and an unnamed summit of their states", ev("CONSULT", "meet", "2022-11-14", "", ""),
			map[string]bool{"country:USA": true, "country:CHN": true},
			named(ev("CONSULT", "multilateral", "2022-11-14", "", ""), "the summit"),
			map[string]bool{"country:USA": true, "country:CHN": true, "country:IND": true}, false,
			"a summit is not two leaders' talks on its sidelines"},
		{"talks and a meeting of an organisation", ev("CONSULT", "meet", "2022-11-14", "", ""),
			map[string]bool{"country:USA": true, "country:CHN": true},
			named(ev("CONSULT", "multilateral", "2022-11-14", "", ""), "a meeting"),
			map[string]bool{"country:USA": true, "country:CHN": true, "org:g20": true}, false,
			"a meeting of an organisation's members is the organisation's"},
		{"talks and a named summit of one day", ev("CONSULT", "meet", "2023-09-05", "", ""), idnMys,
			named(ev("CONSULT", "multilateral", "2023-09-05", "", ""), "KTT ke-43 ASEAN"), idnMys, false,
			"a summit its name marks is not two leaders' talks"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Same(&tt.a, tt.as, &tt.b, tt.bs); got != tt.want {
				t.Errorf("Same = %v, want %v: %s", got, tt.want, tt.reason)
			}
			if got := Same(&tt.b, tt.bs, &tt.a, tt.as); got != tt.want {
				t.Errorf("Same reversed = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestNameTokens: names in both languages come to one form.
func TestNameTokens(t *testing.T) {
	tests := []struct {
		name string
		want []string
	}{
		{"KTT ke-43 ASEAN", []string{"ktt", "43", "asean"}},
		{"43rd ASEAN Summit", []string{"43", "asean", "summit"}},
		{"Perjanjian tentang Tetangga Baik", []string{"kind:agreement", "goodneighbourliness"}},
		{"Treaty on Eternal Good-Neighborliness", []string{"kind:treaty", "eternal", "goodneighbourliness"}},
		{"nota kesepahaman kerja sama pertahanan", []string{"kind:mou", "cooperation", "defence"}},
		{"three memorandums of understanding", []string{"kind:mou"}},
	}
	for _, tt := range tests {
		if got := nameTokens(tt.name); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("nameTokens(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
}
