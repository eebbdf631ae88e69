// Package record holds the structured record that kronik extracts from one news
// document: the shape printed by `kronik extract` (../shared/eval/CONTRACT.md) and
// stored by the knowledge base. It holds plain data and no logic of any stage.
package record

// Mention is one place in the document's cleaned text where an entity is named.
// Start and End are byte offsets into Record.Text.
type Mention struct {
	Text     string `json:"text"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
	Sentence int    `json:"sentence"`
}

// Role is a title or office that the text gives a person ("Presiden Tiongkok").
type Role struct {
	Title string `json:"title"`
	Of    string `json:"of,omitempty"` // entity id the role is held in, e.g. country:CHN
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// Entity is one real-world person, organisation, country or place named in the
// document, with every mention of it.
type Entity struct {
	ID       string    `json:"id"`
	Type     string    `json:"type"` // PERSON, ORG, COUNTRY, PLACE
	Name     string    `json:"name"`
	Code     string    `json:"code,omitempty"` // ISO 3166-1 alpha-3 for countries
	Wikidata string    `json:"wikidata,omitempty"`
	Country  string    `json:"country,omitempty"` // entity id of the state a person, org or place belongs to
	Roles    []Role    `json:"roles,omitempty"`
	Source   string    `json:"source,omitempty"` // how it was found: kb, ner, rule
	Mentions []Mention `json:"mentions"`
}

// Evidence is the sentence that states an event.
type Evidence struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// Event is one event mention in PLOVER terms.
type Event struct {
	Type     string   `json:"type"`
	Mode     string   `json:"mode"`
	Actors   []string `json:"actors"`
	Date     *string  `json:"date"`
	DateEnd  *string  `json:"date_end"`
	Place    *string  `json:"place"`
	Name     *string  `json:"name"`
	Document *string  `json:"document"`
	// DateSource says how the date was found: "text" (the evidence sentence),
	// "context" (a related sentence), "doc" (the day the story reports on) or
	// "published" (the publication date).
	DateSource string `json:"date_source,omitempty"`
	Modality   string `json:"modality"` // occurred, planned, denied, cancelled
	Trigger    string `json:"trigger,omitempty"`
	Cluster    string `json:"cluster"`
	// Sources is the number of independent documents that report the cluster (a
	// wire story republished by several outlets counts once).
	Sources  int      `json:"sources,omitempty"`
	Evidence Evidence `json:"evidence"`
}

// Quantity is a reported figure: money, percentage or count.
type Quantity struct {
	Kind     string  `json:"kind"` // money, percent, count
	Value    float64 `json:"value"`
	Unit     string  `json:"unit"`
	Text     string  `json:"text"`
	Start    int     `json:"start"`
	End      int     `json:"end"`
	Measures string  `json:"measures,omitempty"`
	Approx   string  `json:"approx,omitempty"` // "about", "more than", "almost" ...
	// Change marks a figure that is a change ("naik 5,4 miliar", "rose by 3%"),
	// not a level.
	Change bool `json:"change,omitempty"`
	// SentStart and SentEnd are the byte span of the sentence that states the
	// figure: its evidence.
	SentStart int `json:"sentence_start,omitempty"`
	SentEnd   int `json:"sentence_end,omitempty"`
	// Period is the first date the figure's sentence names (YYYY, YYYY-MM or
	// YYYY-MM-DD; relative expressions aside): the time the figure is about,
	// where the sentence says.
	Period string `json:"period,omitempty"`
}

// Status is a named relationship status the text states ("Kemitraan
// Strategis Komprehensif", "Comprehensive Strategic Partnership").
type Status struct {
	Phrase string `json:"phrase"`
	Start  int    `json:"start"`
	End    int    `json:"end"`
	// Date is the first date its sentence names, else the publication date.
	Date      string `json:"date,omitempty"`
	SentStart int    `json:"sentence_start,omitempty"`
	SentEnd   int    `json:"sentence_end,omitempty"`
}

// Time is a resolved time expression.
type Time struct {
	Text     string `json:"text"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
	Value    string `json:"value"`               // YYYY, YYYY-MM or YYYY-MM-DD
	EndValue string `json:"end_value,omitempty"` // end of a range
	Kind     string `json:"kind"`                // date, range, relative
}

// Record is everything kronik extracts from one document.
type Record struct {
	Source    string   `json:"source"`
	URL       string   `json:"url,omitempty"`
	Hash      string   `json:"hash,omitempty"`
	Lang      string   `json:"lang"`
	Title     *string  `json:"title"`
	Published *string  `json:"published"`
	Outlet    *string  `json:"outlet"`
	Dateline  *string  `json:"dateline"`
	Entities  []Entity `json:"entities"`
	Events    []Event  `json:"events"`
	// NotOccurred holds events the text reports as denied or cancelled ("Kemlu
	// membantah Menlu bertemu ...", "kunjungan ... ditunda"): reported, but
	// they did not happen, so they are kept apart from Events.
	NotOccurred []Event    `json:"events_not_occurred,omitempty"`
	Quantities  []Quantity `json:"quantities"`
	Times       []Time     `json:"times"`
	Statuses    []Status   `json:"statuses,omitempty"`
	Warnings    []string   `json:"warnings,omitempty"`
	// DuplicateOf names an earlier input of the same run that this document
	// near-duplicates (the same wire story republished).
	DuplicateOf string `json:"duplicate_of,omitempty"`
	Text        string `json:"text,omitempty"`
}
