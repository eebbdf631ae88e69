// Package kb is kronik's built-in knowledge base: countries, places, regions,
// seas, international organisations, news outlets and a curated list of
// office holders, with their names in Indonesian and English and the variants
// the press uses. The data ships in the repository (see data/README.md for
// sources and licences) and is embedded in the binary: nothing is downloaded
// at run time.
package kb

import (
	"bufio"
	"embed"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

//go:generate go run ../../tools/kbgen -out data

// Entity types, as in the extraction contract.
const (
	Person  = "PERSON"
	Org     = "ORG"
	Country = "COUNTRY"
	Place   = "PLACE"
)

// Role is an office held by a person, bounded in time. From and To are
// YYYY-MM-DD (or coarser) dates; an empty To means the role is current as of
// the list's date.
type Role struct {
	Title   string // Indonesian title without the country, e.g. "Presiden"
	TitleEn string // English title, e.g. "President"
	Of      string // entity id the office belongs to, e.g. country:CHN
	From    string
	To      string
}

// Entity is one real-world thing the knowledge base knows.
type Entity struct {
	ID       string // country:KAZ, person:xi-jinping, org:sco, place:astana
	Type     string // PERSON, ORG, COUNTRY, PLACE
	Name     string // canonical name
	Code     string // ISO 3166-1 alpha-3 for countries
	Wikidata string
	Country  string // id of the state a place, organisation or person belongs to
	// SeatOf is, for a seat of government that the news names for the
	// government it houses ("the Kremlin said", "Gedung Putih menyatakan"),
	// the id of the state it governs; empty for every other entity.
	SeatOf string
	// Aliases holds names by language ("id", "en", or "any" for names used in
	// both, such as acronyms). The canonical name is not repeated here.
	Aliases map[string][]string
	Roles   []Role
	// generated marks an entity first defined by a generated list
	// (gen_*.tsv): where a curated entity shares one of its names ("Gaza",
	// the city, and the curated Gaza Strip), the curated one is meant.
	generated bool
}

// Names returns the canonical name and every alias, without duplicates.
func (e *Entity) Names() []string {
	seen := map[string]bool{e.Name: true}
	out := []string{e.Name}
	langs := make([]string, 0, len(e.Aliases))
	for l := range e.Aliases {
		langs = append(langs, l)
	}
	sort.Strings(langs)
	for _, l := range langs {
		for _, a := range e.Aliases[l] {
			if !seen[a] {
				seen[a] = true
				out = append(out, a)
			}
		}
	}
	return out
}

// langOf returns the language group a name is listed under: "any" for the
// canonical name and for names listed in several groups.
func (e *Entity) langOf(name string) string {
	found := ""
	for l, names := range e.Aliases {
		for _, n := range names {
			if n == name {
				if found != "" && found != l {
					return "any"
				}
				found = l
			}
		}
	}
	if found == "" || name == e.Name {
		return "any"
	}
	return found
}

// RoleAt returns the roles the person held on date (YYYY-MM-DD, or "" for any
// date). Dates compare as strings, so coarser dates work at their granularity.
func (e *Entity) RoleAt(date string) []Role {
	var out []Role
	for _, r := range e.Roles {
		if date == "" || ((r.From == "" || r.From <= date) && (r.To == "" || date <= r.To)) {
			out = append(out, r)
		}
	}
	return out
}

// KB is the loaded knowledge base. It is immutable and safe for concurrent use.
type KB struct {
	entities []*Entity
	byID     map[string]*Entity
	byName   map[string][]*Entity // normalised name -> entities
	parts    map[string][]*Entity // normalised word of a person's name -> persons
	root     *node                // trie over normalised words of every name
	maxLen   int                  // longest name in words
}

// node is one state of the name trie. hits is set where a name ends.
type node struct {
	next map[string]*node
	hits []hit
}

// hit is a name that ends at a trie node.
type hit struct {
	ent   *Entity
	alias string
	lang  string // language group the name was listed under ("id", "en", "any")
	// strict names (short acronyms such as "AS", "US", "UN") match only when
	// the text spells them exactly, so that "as" or "us" are not countries.
	strict bool
}

//go:embed data/*.tsv
var dataFS embed.FS

// Load returns the built-in knowledge base. The data is parsed once; later
// calls return the same value.
func Load() (*KB, error) { return load() }

var load = sync.OnceValues(parseAll)

// parseAll parses the embedded data files into a knowledge base.
func parseAll() (*KB, error) {
	files, err := fs.Glob(dataFS, "data/*.tsv")
	if err != nil {
		return nil, fmt.Errorf("kb: list data: %w", err)
	}
	// Generated files first, curated ones after, so curated lines can rename
	// and extend generated entities.
	sort.Slice(files, func(i, j int) bool {
		gi, gj := strings.Contains(files[i], "gen_"), strings.Contains(files[j], "gen_")
		if gi != gj {
			return gi
		}
		return files[i] < files[j]
	})
	b := newBuilder()
	for _, f := range files {
		data, err := dataFS.ReadFile(f)
		if err != nil {
			return nil, fmt.Errorf("kb: read %s: %w", f, err)
		}
		if err := b.parse(f, string(data)); err != nil {
			return nil, err
		}
	}
	return b.build(), nil
}

// New builds a knowledge base from entities, for tests and for callers with
// their own data. Aliases and roles are used as given.
func New(ents []*Entity) *KB {
	b := newBuilder()
	for _, e := range ents {
		b.order = append(b.order, e)
		b.byID[e.ID] = e
	}
	return b.build()
}

type builder struct {
	byID  map[string]*Entity
	order []*Entity
}

func newBuilder() *builder { return &builder{byID: map[string]*Entity{}} }

// parse reads one data file. Two line shapes, tab-separated, '#' comments:
//
//	id  type  name  code  country  wikidata  aliases  [seat-of]
//	@role  person-id  title  title-en  of  from  to
//
// aliases is "lang=Name|Name;lang=Name"; seat-of, given only for seats of
// government, is the id of the state whose government the seat stands for.
// A later line with an existing id adds its aliases and overrides the fields
// it gives.
func (b *builder) parse(file, data string) error {
	sc := bufio.NewScanner(strings.NewReader(data))
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	ln := 0
	for sc.Scan() {
		ln++
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		for len(f) < 8 {
			f = append(f, "")
		}
		if f[0] == "@role" {
			e := b.byID[f[1]]
			if e == nil {
				return fmt.Errorf("kb: %s:%d: role for unknown entity %q", file, ln, f[1])
			}
			e.Roles = append(e.Roles, Role{Title: f[2], TitleEn: f[3], Of: f[4], From: f[5], To: f[6]})
			continue
		}
		id := f[0]
		e := b.byID[id]
		if e == nil {
			if f[1] == "" || f[2] == "" {
				return fmt.Errorf("kb: %s:%d: new entity %q needs a type and a name", file, ln, id)
			}
			e = &Entity{ID: id, Aliases: map[string][]string{}, generated: strings.HasPrefix(path.Base(file), "gen_")}
			b.byID[id] = e
			b.order = append(b.order, e)
		}
		if f[1] != "" {
			e.Type = f[1]
		}
		if f[2] != "" && f[2] != e.Name {
			if e.Name != "" {
				// the old canonical name stays a name of the entity
				e.Aliases["any"] = append(e.Aliases["any"], e.Name)
			}
			e.Name = f[2]
		}
		if f[3] != "" {
			e.Code = f[3]
		}
		if f[4] != "" {
			e.Country = f[4]
		}
		if f[5] != "" {
			e.Wikidata = f[5]
		}
		if f[7] != "" {
			e.SeatOf = f[7]
		}
		for _, group := range strings.Split(f[6], ";") {
			lang, names, ok := strings.Cut(group, "=")
			if !ok {
				if strings.TrimSpace(group) != "" {
					return fmt.Errorf("kb: %s:%d: alias group %q lacks lang=", file, ln, group)
				}
				continue
			}
			for _, n := range strings.Split(names, "|") {
				if n = strings.TrimSpace(n); n != "" {
					e.Aliases[lang] = append(e.Aliases[lang], n)
				}
			}
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("kb: %s: %w", file, err)
	}
	return nil
}

func (b *builder) build() *KB {
	k := &KB{
		entities: b.order,
		byID:     b.byID,
		byName:   map[string][]*Entity{},
		parts:    map[string][]*Entity{},
		root:     &node{},
	}
	for _, e := range b.order {
		if e.Aliases == nil {
			e.Aliases = map[string][]string{}
		}
		for _, n := range e.Names() {
			lang := e.langOf(n)
			key := Normalize(n)
			if key == "" {
				continue
			}
			k.byName[key] = appendUnique(k.byName[key], e)
			words := strings.Fields(key)
			h := hit{ent: e, alias: n, lang: lang, strict: isStrict(n)}
			k.insert(words, h)
			// a possessive inside a name ("National People's Congress"):
			// the text's words split it off the noun ("People", "'s")
			if split := possessiveSplit(n); split != "" {
				k.insert(strings.Fields(Normalize(split)), h)
			}
			if e.Type == Person {
				for _, w := range words {
					if utf8.RuneCountInString(w) >= 2 {
						k.parts[w] = appendUnique(k.parts[w], e)
					}
				}
			}
		}
	}
	for _, list := range k.byName {
		sort.SliceStable(list, func(a, b int) bool { return !list[a].generated && list[b].generated })
	}
	return k
}

// insert files a name's normalised words in the trie, with the hit at its
// end.
func (k *KB) insert(words []string, h hit) {
	if len(words) > k.maxLen {
		k.maxLen = len(words)
	}
	cur := k.root
	for _, w := range words {
		nx := cur.next[w]
		if nx == nil {
			nx = &node{}
			if cur.next == nil {
				cur.next = map[string]*node{}
			}
			cur.next[w] = nx
		}
		cur = nx
	}
	cur.hits = append(cur.hits, h)
}

// possessiveSplit returns name with its possessive "'s" written as a word of
// its own ("National People 's Congress"), as the text's words come, or ""
// when the name holds none.
func possessiveSplit(name string) string {
	if !strings.Contains(name, "'s ") && !strings.Contains(name, "’s ") {
		return ""
	}
	r := strings.NewReplacer("'s ", " s ", "’s ", " s ")
	return r.Replace(name)
}

func appendUnique(list []*Entity, e *Entity) []*Entity {
	for _, x := range list {
		if x == e {
			return list
		}
	}
	return append(list, e)
}

// isStrict reports whether a name must match with its exact spelling: short
// all-capital acronyms ("AS", "US", "UN", "RRT") collide with common words
// when case is ignored.
func isStrict(name string) bool {
	if len(name) > 6 || strings.ContainsRune(name, ' ') {
		return false
	}
	letters := 0
	for _, r := range name {
		if unicode.IsLetter(r) {
			letters++
			if !unicode.IsUpper(r) {
				return false
			}
		}
	}
	return letters > 0
}

// Entity returns the entity with the given id, or nil.
func (k *KB) Entity(id string) *Entity { return k.byID[id] }

// Entities returns every entity, in data order. The slice must not be modified.
func (k *KB) Entities() []*Entity { return k.entities }

// Lookup returns the entities one of whose names normalises like name
// (case, diacritics, punctuation and spacing ignored).
func (k *KB) Lookup(name string) []*Entity {
	return k.byName[Normalize(name)]
}

// PersonsNamed returns the known persons one of whose names contains the
// word (normalised), for linking a bare surname ("Anwar") or a short form
// ("Presiden Xi") to a full name.
func (k *KB) PersonsNamed(word string) []*Entity {
	return k.parts[Normalize(word)]
}

// Match is a known name found in a word sequence: words[Start:End].
type Match struct {
	Start, End int
	// Entities are the candidates for the name, most specific type first
	// (COUNTRY, ORG, PLACE, PERSON).
	Entities []*Entity
}

// Match finds the longest known names in words, left to right, without
// overlaps. words are single words without inner hyphens or spaces (split
// "Tiongkok-Kazakhstan" first). A name matches when the first word is
// capitalised (or a digit) in the text; short acronyms must match exactly.
func (k *KB) Match(words []string) []Match { return k.MatchLang(words, "") }

// MatchLang is Match for text in the language lang ("id", "en"; "" for
// any). Names listed only for Indonesian match only in Indonesian text:
// "AS" is the United States there and a word in an English headline, "Solo"
// is Surakarta there and an English adjective at a sentence's start ("Solo
// travellers ..."); English text writes the English forms.
func (k *KB) MatchLang(words []string, lang string) []Match {
	norm := make([]string, len(words))
	for i, w := range words {
		norm[i] = Normalize(w)
	}
	var out []Match
	for i := 0; i < len(words); {
		if !capitalised(words[i]) {
			i++
			continue
		}
		cur := k.root
		bestEnd := -1
		var best []*Entity
		for j := i; j < len(words) && j-i < k.maxLen; j++ {
			cur = cur.next[norm[j]]
			if cur == nil {
				break
			}
			var ents []*Entity
			for _, h := range cur.hits {
				// Indonesian names are English words in English text
				// ("AS", "RI", "Solo"); names listed for English (UN,
				// SCO, EU) are used in Indonesian text too.
				if h.strict && !exactWords(words[i:j+1], h.alias) || lang != "" && lang != "id" && h.lang == "id" {
					continue
				}
				ents = appendUnique(ents, h.ent)
			}
			if len(ents) > 0 {
				bestEnd, best = j+1, ents
			}
		}
		if bestEnd < 0 {
			i++
			continue
		}
		sort.SliceStable(best, func(a, b int) bool {
			if ra, rb := typeRank(best[a].Type), typeRank(best[b].Type); ra != rb {
				return ra < rb
			}
			return !best[a].generated && best[b].generated // a curated name before a generated one
		})
		out = append(out, Match{Start: i, End: bestEnd, Entities: best})
		i = bestEnd
	}
	return out
}

func exactWords(words []string, alias string) bool {
	return strings.Join(words, "") == strings.ReplaceAll(strings.ReplaceAll(alias, " ", ""), "-", "")
}

func typeRank(t string) int {
	switch t {
	case Country:
		return 0
	case Org:
		return 1
	case Place:
		return 2
	}
	return 3
}

// capitalised reports whether w starts with an upper-case letter or a digit.
func capitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

// Normalize maps a name to its lookup key: lower case, diacritics removed,
// apostrophes and periods dropped ("Xi'an" -> "xian", "U.S." -> "us"), other punctuation and hyphens
// turned into spaces, spaces collapsed.
func Normalize(s string) string {
	if isLowerAlnum(s) {
		return s // the common case: nothing to change, nothing to allocate
	}
	if isASCIIAlnum(s) { // a capitalised word: lower-case it, one allocation
		b := []byte(s)
		for i, c := range b {
			if 'A' <= c && c <= 'Z' {
				b[i] = c + 'a' - 'A'
			}
		}
		return string(b)
	}
	var sb strings.Builder
	sb.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case r == '\'' || r == '’' || r == '‘' || r == 'ʼ' || r == '`' || r == '.':
			// "Xi'an" -> "xian", "U.S." -> "us"
			continue
		case r < utf8.RuneSelf:
			switch {
			case 'A' <= r && r <= 'Z':
				r += 'a' - 'A'
			case 'a' <= r && r <= 'z', '0' <= r && r <= '9':
			default:
				space = sb.Len() > 0
				continue
			}
		default:
			if unicode.Is(unicode.Mn, r) {
				continue
			}
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
				space = sb.Len() > 0
				continue
			}
			r = fold(unicode.ToLower(r))
		}
		if space {
			sb.WriteByte(' ')
			space = false
		}
		sb.WriteRune(r)
	}
	return sb.String()
}

// fold removes a diacritic from a precomposed letter ("é" -> "e").
func fold(r rune) rune {
	var buf [utf8.UTFMax]byte
	n := utf8.EncodeRune(buf[:], r)
	d := norm.NFD.Bytes(buf[:n])
	base, _ := utf8.DecodeRune(d)
	return base
}

// Slug turns a name into the tail of an entity id: "Rina Wulandari" ->
// "gulnar-shaimergenova", "Xi'an" -> "xian".
func Slug(name string) string {
	return strings.ReplaceAll(Normalize(name), " ", "-")
}

func isLowerAlnum(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !('a' <= c && c <= 'z' || '0' <= c && c <= '9') {
			return false
		}
	}
	return true
}

func isASCIIAlnum(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9') {
			return false
		}
	}
	return s != ""
}
