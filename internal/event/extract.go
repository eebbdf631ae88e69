// Package event finds the events that a news article reports (PLOVER types and
// modes) in Indonesian and English, with their actors, date, place, document and
// the sentence that states them. It works on the output of earlier stages
// (sentences, entities, time expressions) and returns plain records.
//
// What it owns and may not touch: it decides which events a document reports,
// their type, mode, modality, actors, place, document and date, and merges the
// mentions of one event within the document. It does not find entities or time
// expressions (internal/entity and internal/timex do; a wrong entity is fixed
// there, not worked around here), does not read the page (internal/article
// does: the lede and dateline spans it found come in Input, and the story's
// dateline and stamps are taken from them, not from the text's layout) and
// does not cluster across documents (internal/cluster).
//
// The files hold one family each: extract.go the driver, matching.go the
// trigger matcher, build.go the steps that read one trigger's event,
// arguments.go actors and place, summits.go, documents.go (signings),
// references.go (mentions of events already reported), dating.go,
// modality.go, clauses.go (clause and noun-phrase helpers), merge.go; the
// triggers and their cues in lexicon.go, and every other word set the rules
// test in lexicon_words.go, so a rule file holds only machinery. The vetoes
// every trigger passes are one ordered table (build.go), and
// testdata/constructions.txt lists sentences with the events they must yield.
package event

import (
	"sort"
	"strings"
	"unicode/utf8"

	"kronik/internal/calendar"
	"kronik/internal/record"
	"kronik/internal/text"
)

// Input is what the event stage reads for one document.
type Input struct {
	Text      string
	Lang      string
	Sentences []text.Sentence
	Entities  []record.Entity
	Times     []record.Time
	// Published is the publication date (YYYY-MM-DD, YYYY-MM or YYYY), or "".
	Published string
	// Lede is the byte span in Text of the story's opening dateline and
	// credit ("Jakarta (ANTARA) - "), and DatelineSpan that of the
	// dateline's place inside it, as internal/article found them
	// (article.Article's fields of those names); {0, 0} when none.
	Lede, DatelineSpan [2]int
	// Caption reports whether a line of Text is a photo caption
	// (article.IsCaption, as the pipeline passes it); nil reads no line as
	// one.
	Caption func(line string) bool

	byID     entIndex       // Entities by id, built once by Extract
	dateline *record.Entity // the place the story is datelined in, or nil
	// homeDateline: the dateline is the outlet's own state (its newsroom),
	// so it says where a visit went only when the visitor arrives there
	homeDateline bool
}

// Extractor holds the compiled trigger lexicon. It is safe for concurrent use.
type Extractor struct {
	byFirst map[string][]*compiled
	// orgGathering is the trigger an organisation's name becomes where it
	// stands for its meeting (see orgSettingHits)
	orgGathering *compiled
}

type compiled struct {
	trigger
	seq [][]string
}

// New compiles the lexicon.
func New() *Extractor {
	x := &Extractor{byFirst: map[string][]*compiled{}}
	x.orgGathering = &compiled{trigger: trigger{typ: "CONSULT", mode: "multilateral", kind: summit, pattern: "(organisation)"}}
	for _, t := range triggers {
		c := &compiled{trigger: t}
		for _, pos := range strings.Fields(t.pattern) {
			c.seq = append(c.seq, strings.Split(pos, "|"))
		}
		for _, w := range c.seq[0] {
			x.byFirst[w] = append(x.byFirst[w], c)
		}
	}
	return x
}

// mref is an entity mention located in a sentence's tokens.
type mref struct {
	ent    *record.Entity
	start  int // byte offsets
	end    int
	ti, tj int // token range [ti, tj)
}

// candidate is an event mention before merging, with what we know of how its
// arguments were found.
type candidate struct {
	ev        record.Event
	sent      int    // sentence of the first mention
	last      int    // sentence of the latest mention
	dateFrom  string // "text", "context", "doc", "published", ""
	placeEnt  *record.Entity
	actorSet  map[string]bool
	byID      entIndex // the document's entities, to map actors to sides
	reference bool     // a demonstrative mention that only adds to an earlier event
	enough    bool     // it names enough parties to stand as an event of its own
	// anyDistance: the reference may point back across the whole document ("the
	// agreement" long after the signing was reported)
	anyDistance bool
	// definite: a reference by a demonstrative or "the" ("kunjungan itu",
	// "the visit"), which presupposes an event already reported
	definite bool
	// lastDate, lastDateEnd: the date of the latest mention ("disambut ...
	// Selasa" after "tiba ... Senin"), which dates what follows it
	lastDate, lastDateEnd *string
	// setting: a reference naming the event as the setting of another ("di
	// sela kunjungan"): it adds no parties to the event it refers to
	setting bool
	// arrival: a visit reported by its arrival ("tiba di", "landed in"), whose
	// date is the visit's first day
	arrival bool
	// tripSummit: a summit named as what a trip of the sentence is for
	// ("arrived in Bali for the G20 summit on Monday"): the sentence's time
	// dates the arrival, and the summit only from that day on
	tripSummit bool
}

// sentenceView is one sentence prepared for matching.
type sentenceView struct {
	idx      int
	s        text.Sentence
	low      []string     // lower-cased token texts
	lowText  string       // the lower-cased sentence, for phrase cues
	grams    text.PairSet // lowText's byte pairs, to pass over absent cues fast
	quoted   []bool
	mentions []mref
	hits     []hit // the sentence's triggers, set by Extract
	times    []record.Time
	english  bool // the document is in English: Indonesian word shapes do not apply (verbForm)
}

// Extract returns the events of one document, merged so that one real-world
// event is one record within the document. Cluster ids are left empty; the
// cluster stage assigns them across documents.
func (x *Extractor) Extract(in Input) []record.Event {
	in.byID = indexEntities(in.Entities)
	in.dateline = datelineEntity(in)
	in.homeDateline = homeDateline(in)
	views := x.prepare(in)
	docDay := documentDay(in)
	var cands []*candidate
	// acronyms the story gave its gatherings ("Dewan Menteri Luar Negeri
	// (CFM)"), by lower-cased acronym: later sessions are named by them
	acronyms := map[string]*acronymTrigger{}
	for vi := range views {
		v := &views[vi]
		if deniesReport(v) {
			denyReported(lookback(cands), views, vi)
		}
		hits := x.orgSettingHits(addAcronymHits(x.matches(v), v, acronyms), v)
		v.hits = hits
		for _, h := range hits {
			c := x.build(in, views, vi, h, hits, lookback(cands), docDay)
			if c == nil {
				// "membahas persiapan Forum Indonesia-Afrika (IAF) ketiga":
				// no event, but the story has named the gathering's acronym
				if h.c.kind == summit {
					noteAcronym(acronyms, topicGathering(in, v, h))
				}
				continue
			}
			if a := acronyms[h.c.pattern]; a != nil && h.c == a.c {
				// "CFM sebelumnya, yang ke-51, berlangsung di Istanbul pada
				// 21-22 Juni 2025": another session, with a date of its own;
				// a mention of the same session adds nothing (a gathering
				// only named as a topic has no date: any dated session is
				// another)
				if c.dateFrom != "text" || a.src.ev.Date != nil &&
					calendar.Compatible(deref(a.src.ev.Date), deref(a.src.ev.DateEnd), deref(c.ev.Date), deref(c.ev.DateEnd), 0) {
					continue
				}
			}
			if c.reference {
				if absorbReference(lookback(cands), c) || !c.enough {
					continue
				}
				// "the visit", "kunjungan itu" with nothing to point back to
				// and no date of its own is an aside, not a report
				if c.definite && c.dateFrom != "text" {
					continue
				}
				c.reference = false
			}
			c.lastDate, c.lastDateEnd = c.ev.Date, c.ev.DateEnd
			if c.ev.Type == "AGREE" {
				joinSummit(c, lookback(cands), in.Text[v.s.Start:v.s.End], in.byID)
			}
			// Merge as we go, so that later sentences resolve "the summit" or
			// "the two leaders" against everything said of the event so far.
			if a, b := splitPartners(c, v, h); a != nil {
				// "meneken CEPA dengan Chile pada 2017 dan dengan Peru pada
				// 2025": two events, one with each partner at its own time
				cands = addCandidate(cands, a)
				c = b
			}
			if vs := splitVisitors(c, v, h, in.byID); vs != nil {
				// "Xi, Modi dan pemimpin lain tiba di Kazan": one visit per visitor
				for _, s := range vs[1:] {
					cands = addCandidate(cands, s)
				}
				c = vs[0]
			}
			cands = addCandidate(cands, c)
			noteAcronym(acronyms, c)
			if v := guestVisit(c); v != nil {
				cands = addCandidate(cands, v)
			}
		}
	}
	return finish(cands, in.byID)
}

// isASCII reports whether s is all ASCII.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

func (x *Extractor) prepare(in Input) []sentenceView {
	views := make([]sentenceView, len(in.Sentences))
	for i, s := range in.Sentences {
		v := sentenceView{idx: i, s: s, english: in.Lang == "en"}
		sent := in.Text[s.Start:s.End]
		v.lowText = strings.ToLower(sent)
		// An ASCII sentence lowers byte for byte: a token written as in the
		// text is its span of lowText (one allocation a sentence instead of
		// one a capitalised token).
		ascii := isASCII(sent)
		v.low = make([]string, len(s.Tokens))
		for j, t := range s.Tokens {
			if ascii && t.Start >= s.Start && t.End <= s.End && t.Start <= t.End && in.Text[t.Start:t.End] == t.Text {
				v.low[j] = v.lowText[t.Start-s.Start : t.End-s.Start]
			} else {
				v.low[j] = strings.ToLower(t.Text)
			}
		}
		v.quoted = quotedTokens(s.Tokens)
		v.grams = text.PairsOf(v.lowText)
		views[i] = v
	}
	// Place each mention in its sentence by offset, not by the mention's sentence
	// index, so that the two stages need not agree on sentence numbering.
	for ei := range in.Entities {
		e := &in.Entities[ei]
		for _, m := range e.Mentions {
			si := text.SentenceAt(in.Sentences, m.Start)
			if si < 0 {
				continue
			}
			v := &views[si]
			ti, tj := tokenRange(v.s.Tokens, m.Start, m.End)
			v.mentions = append(v.mentions, mref{ent: e, start: m.Start, end: m.End, ti: ti, tj: tj})
		}
	}
	for i := range views {
		sort.Slice(views[i].mentions, func(a, b int) bool { return views[i].mentions[a].start < views[i].mentions[b].start })
	}
	for _, t := range in.Times {
		if t.Value == "" || t.Kind == "duration" || t.Kind == "set" || in.isStamp(t) {
			continue
		}
		if si := text.SentenceAt(in.Sentences, t.Start); si >= 0 {
			views[si].times = append(views[si].times, t)
		}
	}
	return views
}

// isStamp reports whether a time expression dates the report rather than an
// event in it: it lies in the story's lede ("Jakarta, 16/6/2025 - ",
// "BEIJING, Jan. 9 (Xinhua) -- "), as internal/article read it. Stamp lines
// of their own at the top of a page never reach the text (article drops them).
func (in *Input) isStamp(t record.Time) bool {
	return in.Lede[1] > in.Lede[0] && t.Start >= in.Lede[0] && t.End <= in.Lede[1]
}

func tokenRange(toks []text.Token, start, end int) (int, int) {
	ti := sort.Search(len(toks), func(k int) bool { return toks[k].End > start })
	tj := ti
	for tj < len(toks) && toks[tj].Start < end {
		tj++
	}
	return ti, tj
}

// quotedTokens marks tokens inside quotation marks: quoted words are someone's
// opinion or slogan, not the reporter's account of an event.
func quotedTokens(toks []text.Token) []bool {
	q := make([]bool, len(toks))
	in := false
	for i, t := range toks {
		switch t.Text {
		case "“", "«":
			in = true
			continue
		case "”", "»":
			in = false
			continue
		case "\"":
			in = !in
			continue
		}
		q[i] = in
	}
	return q
}
