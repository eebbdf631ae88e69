// Package store is kronik's knowledge base: the Store interface that keeps
// processed documents (with their history), merges the same real-world event
// across documents as they arrive, and answers the read side's questions
// (search, entity, events, figures, relationship status). Backends live in
// sub-packages (sqlite/, postgres/) and must pass the conformance suite in
// storetest.
//
// What does not depend on the database lives here so that every backend
// behaves alike: the words indexed for search (Terms, IndexText), snippets
// mapped back onto the original text (Snippet), the parties an event stands
// for (Sides) and the dossier built from the primitive queries
// (BuildDossier). Everything stored is extracted before it reaches the store:
// a figure's sentence and period and the status phrases come in the record.
package store

import (
	"context"
	"errors"
	"slices"
	"sort"
	"time"

	"kronik/internal/record"
)

// ErrNotFound is returned when a named document or entity is not stored.
var ErrNotFound = errors.New("not found")

// Source is a document as it was read, before extraction. The store keeps it
// so that `kronik reprocess` can run a newer pipeline over the same bytes.
type Source struct {
	// Key is what makes two inputs the same document, so that changed
	// content is a new version of it: the page's URL, or a file's absolute
	// path. Empty means the content alone identifies the document (standard
	// input, JSON-lines records without a URL): changed content is then a
	// new document.
	Key     string    `json:"key,omitempty"`
	Name    string    `json:"name"`           // the input's base name or URL
	Path    string    `json:"path,omitempty"` // file path as given when ingested
	URL     string    `json:"url,omitempty"`
	Format  string    `json:"format,omitempty"` // html, text or "" (sniff)
	Fetched time.Time `json:"fetched"`
	Body    []byte    `json:"-"`
	// Hints are metadata supplied alongside the document (JSON-lines inputs).
	HintTitle     string `json:"hint_title,omitempty"`
	HintPublished string `json:"hint_published,omitempty"`
	HintOutlet    string `json:"hint_outlet,omitempty"`
}

// Status says what Put did with a document.
type Status string

// The outcomes of Put.
const (
	// New is a document not seen before.
	New Status = "new"
	// Duplicate is content already stored (same hash): nothing was written.
	Duplicate Status = "duplicate"
	// Version is changed content for a stored document key: a new version
	// became current and the old one is kept as history.
	Version Status = "version"
	// Replaced is a stored version whose extraction was replaced (reprocess).
	Replaced Status = "replaced"
)

// PutResult tells the caller what Put stored.
type PutResult struct {
	Status  Status
	Version int // version number of the document (1 for the first)
	// NearDuplicateOf names an earlier stored document this one republishes
	// (the same wire story); both count as one independent source.
	NearDuplicateOf string
}

// Item is one document for PutBatch: its source and its extraction.
type Item struct {
	Src Source
	Rec record.Record
}

// ItemResult is what PutBatch did with one item. Err is set when that
// document alone failed: nothing of it is stored, and the other documents of
// the batch are stored as if it had not been given.
type ItemResult struct {
	PutResult
	Err error
}

// Store is a knowledge base backend: a Reader and a Writer that share one
// database. Implementations are safe for concurrent use; every write is one
// transaction, so a killed process leaves either the whole document (Put)
// or the whole batch (PutBatch) or none of it.
//
// Backends: sqlite (one file, one machine) and postgres (a server shared by
// workers on many machines); internal/store/backend opens either from a
// DSN. Ids a backend hands out (DocRef.Group, cluster ids) are opaque
// strings or numbers to compare, never row ids to compute with.
type Store interface {
	Reader
	Writer
	// Close releases the store.
	Close() error
}

// Prewarmer is a store that can read the pages its searches consult ahead
// of them (SQLite: into the operating system's cache), so that on a store
// larger than the memory the first searches after a start do not wait for
// the disk. It returns the rows read per table. PostgreSQL keeps its own
// shared buffers and does not implement it.
type Prewarmer interface {
	Prewarm(ctx context.Context) (map[string]int64, error)
}

// Writer is the write side of a store: what ingest, reprocess and the
// workers need.
type Writer interface {
	// Put stores one processed document in one transaction: idempotent by
	// content hash (rec.Hash), a new version when src.Key is known with other
	// content. Its events join the stored event clusters and the clusters'
	// independent-source counts are updated.
	Put(ctx context.Context, src Source, rec record.Record) (PutResult, error)
	// PutBatch stores several documents in one transaction (group commit):
	// the outcome is that of calling Put for each item in order (a later
	// item sees the earlier ones: content hashes, versions, near-duplicates
	// and event clusters), with one result per item. A document that fails
	// is left out (its ItemResult.Err) without losing the others; the
	// returned error means the batch as a whole failed and nothing of it was
	// stored. A killed process loses at most the batch in flight.
	PutBatch(ctx context.Context, items []Item) ([]ItemResult, error)
	// Replace swaps the extraction of the stored version with hash for rec
	// (after a pipeline change), keeping the source and the version history.
	Replace(ctx context.Context, hash string, rec record.Record) error
}

// Reader is the read side of a store: what the questions, export and the
// server need.
type Reader interface {
	// Has reports whether content with this hash is stored.
	Has(ctx context.Context, hash string) (bool, error)
	// Current lists the content hashes of the current version of every
	// document, oldest first.
	Current(ctx context.Context) ([]string, error)
	// Source returns the stored input of a version.
	Source(ctx context.Context, hash string) (Source, error)
	// History lists every version of the document with this key (Source.Key),
	// oldest first.
	History(ctx context.Context, key string) ([]VersionInfo, error)
	// Records calls fn with the record of every current version, oldest first,
	// with event cluster ids and source counts as the store merged them.
	Records(ctx context.Context, fn func(record.Record) error) error
	// Search runs a full-text query ranked best first.
	Search(ctx context.Context, q SearchQuery) ([]Hit, error)
	// FindEntities returns the stored entities whose id, canonical name or a
	// seen alias matches name (case and accents ignored), most mentioned first.
	FindEntities(ctx context.Context, name string) ([]EntityRef, error)
	// Entity returns what the store knows about one entity id.
	Entity(ctx context.Context, id string) (EntityProfile, error)
	// EntityHead returns an entity's own stored fields (id, type, name,
	// country) and nothing read from its documents, ErrNotFound when it is
	// not stored: what resolving many places to their countries needs.
	EntityHead(ctx context.Context, id string) (EntityHead, error)
	// Events returns event clusters matching f, in date order, each with
	// its first ActorsShown actors (Cluster.ActorCount counts them all).
	Events(ctx context.Context, f EventFilter) ([]Cluster, error)
	// EventPlaces counts the clusters Events(ctx, f) returns by place and
	// modality (f.Mentions is ignored), sorted by place then modality,
	// without reading their reports or actors: what a map of where events
	// took place needs.
	EventPlaces(ctx context.Context, f EventFilter) ([]PlaceCount, error)
	// Record returns the record of the current version with this content
	// hash, with cluster ids and source counts as Records gives them
	// (ErrNotFound when no current version has it).
	Record(ctx context.Context, hash string) (record.Record, error)
	// Cluster returns one event cluster by id with all its mentions and
	// actors (ErrNotFound when there is none).
	Cluster(ctx context.Context, id string) (Cluster, error)
	// Figures returns the figures (money, percent) reported in documents that
	// mention all of f.Entities.
	Figures(ctx context.Context, f FigureFilter) ([]Figure, error)
	// Reports returns what the documents Figures reads report: their
	// figures as Figures gives them and their relationship status phrases
	// (dated ones in time order, undated ones last). A dossier shows both,
	// and finding the f.Docs latest documents naming two parties is most of
	// the cost of either, so it is done once.
	Reports(ctx context.Context, f FigureFilter) ([]Figure, []StatusPhrase, error)
	// Stats counts what is stored.
	Stats(ctx context.Context) (Stats, error)
	// Versions calls fn with every stored version, history included, in
	// the order they were stored: its source and its record (the record's
	// events without cluster ids, which belong to the store). Putting them
	// into an empty store in this order rebuilds the same knowledge base
	// (kronik migrate-store).
	Versions(ctx context.Context, fn func(Source, record.Record) error) error
}

// VersionInfo describes one stored version of a document.
type VersionInfo struct {
	Version  int       `json:"version"`
	Hash     string    `json:"hash"`
	Current  bool      `json:"current"`
	Ingested time.Time `json:"ingested"`
}

// Stats counts what a store holds.
type Stats struct {
	Documents int `json:"documents"` // distinct document keys
	Versions  int `json:"versions"`  // stored versions, history included
	Entities  int `json:"entities"`
	Events    int `json:"events"`   // event mentions of current versions
	Clusters  int `json:"clusters"` // real-world events
}

// DocRef names a document a result comes from.
type DocRef struct {
	// Hash is the content hash of the version the result comes from: the
	// document's id in the API and the key of Record.
	Hash      string `json:"hash,omitempty"`
	Name      string `json:"name"`
	URL       string `json:"url,omitempty"`
	Title     string `json:"title,omitempty"`
	Outlet    string `json:"outlet,omitempty"`
	Published string `json:"published,omitempty"`
	Lang      string `json:"lang,omitempty"`
	// Group identifies the independent source: near-duplicate documents (one
	// wire story republished) share a group. It is opaque: compare it, do
	// not compute with it (each backend numbers groups its own way).
	Group int64 `json:"group"`
}

// DocRefColumns are the columns of a backend's versions table (aliased v)
// that make a DocRef, in the order of DocRef.ScanArgs.
const DocRefColumns = `v.hash, v.name, v.url, v.title, v.outlet, v.published, v.lang, v.grp`

// ScanArgs are the destinations of DocRefColumns for a row scan.
func (d *DocRef) ScanArgs() []any {
	return []any{&d.Hash, &d.Name, &d.URL, &d.Title, &d.Outlet, &d.Published, &d.Lang, &d.Group}
}

// SearchQuery is a full-text query with filters. Empty filters do not filter.
type SearchQuery struct {
	Text   string
	Lang   string // documents in this language only
	Outlet string // documents from this outlet only (case-insensitive)
	From   string // published on or after (YYYY[-MM[-DD]])
	To     string // published on or before
	Entity string // documents mentioning this entity (id or name)
	Limit  int    // 0 means 20
	// All ranks every matching document with the database's own ranking.
	// Without it a backend bounds the documents it ranks, so that a query
	// matching most of the corpus costs the same at a million documents as
	// at ten thousand: SQLite scores the best candidates by the statistics
	// its writer keeps, PostgreSQL the SearchCandidates most recently stored
	// matches.
	All bool
}

// SearchCandidates is how many of the most recently stored matching documents
// a PostgreSQL search (and a SQLite one its statistics cannot rank) ranks
// unless SearchQuery.All is set. News readers ask about what
// is current; a word that matches more documents than this is a word whose
// older matches are rarely wanted, and All is there when they are.
const SearchCandidates = 2000

// Hit is one search result.
type Hit struct {
	DocRef
	// Score is the relevance, higher is better and above zero. It orders
	// the hits of one search; its scale is the backend's own (SQLite's
	// bm25 negated, PostgreSQL's length-normalised ts_rank), so scores of
	// two backends or two queries are not comparable.
	Score float64 `json:"score"`
	// Snippet is the best matching passage of the original text, with the
	// matched words between « and ».
	Snippet string `json:"snippet"`
}

// EntityRef is an entity found by name.
type EntityRef struct {
	ID       string `json:"id"`
	Type     string `json:"type"`
	Name     string `json:"name"`
	Mentions int    `json:"mentions"`
}

// Alias is a surface form an entity was seen under.
type Alias struct {
	Text  string `json:"text"`
	Lang  string `json:"lang,omitempty"`
	Count int    `json:"count"`
}

// RoleSeen is a title a document gives a person, dated by the document.
type RoleSeen struct {
	Title  string `json:"title"`
	Of     string `json:"of,omitempty"`
	Date   string `json:"date,omitempty"` // the document's publication date, when known
	Source DocRef `json:"source"`
}

// CoEntity is an entity named in the same documents.
type CoEntity struct {
	EntityRef
	Documents int `json:"documents"` // documents naming both
}

// EntityHead is an entity as it is stored, without its counts, aliases,
// roles or companions (EntityProfile), which are read from its documents.
type EntityHead struct {
	ID      string
	Type    string
	Name    string
	Country string // the state a place, organisation or person belongs to
}

// EntityProfile is what `kronik entity` shows.
type EntityProfile struct {
	EntityRef
	Code      string     `json:"code,omitempty"`
	Wikidata  string     `json:"wikidata,omitempty"`
	Country   string     `json:"country,omitempty"`
	Documents int        `json:"documents"`
	Aliases   []Alias    `json:"aliases"`
	Roles     []RoleSeen `json:"roles"`
	With      []CoEntity `json:"with"`
}

// EventFilter selects event clusters. Actor and With are entity ids; an event
// matches an id when it names it as an actor or when one of its actors acts
// for it (a head of state for the state).
type EventFilter struct {
	Actor    []string // any of these ids (the ids one name resolves to)
	With     []string // and any of these
	Type     string   // PLOVER type, e.g. CONSULT
	From, To string   // date range (YYYY[-MM[-DD]])
	// Limit keeps the Limit most recent clusters (by the first day their
	// events can mean; undated ones last), still returned in date order; 0
	// means every matching cluster. A limited query costs time in
	// proportion to the answer, an unlimited one to everything that matches.
	Limit int
	// Mentions keeps at most this many mentions of each cluster (the
	// earliest published); 0 means all. Cluster.MentionCount says how many
	// there are.
	Mentions int
}

// PlaceCount is how many event clusters of one place and modality an
// EventFilter selects.
type PlaceCount struct {
	Place    string // the cluster's place; "" when it has none
	Modality string // the cluster's modality (occurred, planned, ...)
	Events   int    // clusters
}

// Mention is one document's report of an event.
type Mention struct {
	DocRef
	Evidence string `json:"evidence"`
	Modality string `json:"modality"`
}

// Cluster is one real-world event with every document that reports it.
type Cluster struct {
	ID       string `json:"id"`
	Type     string `json:"type"`
	Mode     string `json:"mode"`
	Date     string `json:"date,omitempty"`
	DateEnd  string `json:"date_end,omitempty"`
	Place    string `json:"place,omitempty"`
	Name     string `json:"name,omitempty"`
	Document string `json:"document,omitempty"`
	Modality string `json:"modality"`
	// Actors are entity ids, the union over the mentions in order of first
	// appearance: the first ActorsShown of them in a list answer (Events),
	// all of them from Cluster.
	Actors []string `json:"actors"`
	// ActorCount is the number of the cluster's actors, which is more than
	// len(Actors) when a list answer cut them.
	ActorCount int `json:"actor_count"`
	// ActorNames maps the ids in Actors to canonical names.
	ActorNames map[string]string `json:"actor_names,omitempty"`
	// Sources counts independent sources (near-duplicates count once).
	Sources  int       `json:"sources"`
	Mentions []Mention `json:"mentions"`
	// MentionCount is the number of reports of the event, which is more
	// than len(Mentions) when EventFilter.Mentions cut them.
	MentionCount int `json:"mention_count"`
}

// MoreActors is the number of the cluster's actors that a list answer left
// out of Actors (ActorCount beyond ActorsShown): what "and N more" says.
func (c Cluster) MoreActors() int {
	return max(0, c.ActorCount-len(c.Actors))
}

// FigureFilter selects figures.
type FigureFilter struct {
	Entities []string // documents mentioning all of these ids
	Kinds    []string // money, percent, count; empty means money and percent
	// Docs reads only the Docs most recently stored documents naming the
	// entities; 0 means all of them.
	Docs int
}

// Figure is one reported quantity with the document and sentence it is in.
type Figure struct {
	record.Quantity
	Sentence string `json:"sentence"`
	Period   string `json:"period,omitempty"` // year named in the sentence
	Source   DocRef `json:"source"`
}

// StatusPhrase is a named relationship status ("Kemitraan Strategis
// Komprehensif") found in a document.
type StatusPhrase struct {
	Phrase   string `json:"phrase"`
	Date     string `json:"date,omitempty"` // year or date in the sentence, else the publication date
	Sentence string `json:"sentence"`
	Source   DocRef `json:"source"`
}

// SortClusters puts clusters in the order backends list them: by date,
// undated last, then by id.
func SortClusters(cs []Cluster) {
	sort.SliceStable(cs, func(i, j int) bool {
		a, b := cs[i], cs[j]
		if (a.Date == "") != (b.Date == "") {
			return b.Date == ""
		}
		if a.Date != b.Date {
			return a.Date < b.Date
		}
		return a.ID < b.ID
	})
}

// Parties are the distinct actors and sides of an event, sorted: the names a
// backend indexes the event under.
func Parties(actors, sides []string) []string {
	ps := append(append([]string{}, actors...), sides...)
	sort.Strings(ps)
	return slices.Compact(ps)
}

// CountPlaces counts clusters by place and modality, sorted as
// Reader.EventPlaces returns them.
func CountPlaces(cs []Cluster) []PlaceCount {
	idx := map[[2]string]int{}
	var out []PlaceCount
	for _, c := range cs {
		k := [2]string{c.Place, c.Modality}
		i, ok := idx[k]
		if !ok {
			i = len(out)
			idx[k] = i
			out = append(out, PlaceCount{Place: c.Place, Modality: c.Modality})
		}
		out[i].Events++
	}
	SortPlaceCounts(out)
	return out
}

// SortPlaceCounts sorts counts by place, then modality.
func SortPlaceCounts(pcs []PlaceCount) {
	sort.Slice(pcs, func(i, j int) bool {
		if pcs[i].Place != pcs[j].Place {
			return pcs[i].Place < pcs[j].Place
		}
		return pcs[i].Modality < pcs[j].Modality
	})
}
