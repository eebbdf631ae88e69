package ner

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"kronik/internal/kb"
)

// Gazetteer features. A model holds up to two name lists: names from
// kronik's knowledge base (countries, cities, organisations, office
// holders; public lists, not the datasets) and, optionally, the names its
// training data tags as entities. A token inside the longest listed name
// that starts at or before it gets a feature for the name's types and its
// position (first word or not), alone and with the token's shape. The model
// learns how far to trust each list: "Batu" is a city in the list and a
// common word in the text.
//
// Names are matched case-insensitively by a chain of the words' lower-case
// hashes, so matching allocates nothing.

// GazName is one known name: its words separated by single spaces, as the
// tokenizer cuts them ("Kuala Lumpur", "Perserikatan Bangsa-Bangsa"), and
// its type.
type GazName struct {
	Name string
	Type string
}

// gazetteer is a name list ready for matching.
type gazetteer struct {
	types []string // bit i of a mask stands for types[i]
	// list holds the names with their type masks, sorted by name, for Save.
	list []gazEntry
	// entries maps the chain hash of a whole name to its type mask, and
	// the chain hash of a proper prefix of a name to gazPrefix (with the
	// mask of the name it also is, if any): one lookup per word.
	entries map[uint64]uint32
	// seen has bit h>>seenShift set for every key h of entries: most words
	// start no name, and a clear bit answers for them without the map
	// lookup (the bitmap is about 16 bits a key, so it stays in cache).
	seen      []uint64
	seenShift uint
	maxLen    int // longest name in words
}

// lookup returns entries[h], looking in the map only when seen has h's bit.
func (g *gazetteer) lookup(h uint64) uint32 {
	if b := h >> g.seenShift; g.seen[b>>6]&(1<<(b&63)) == 0 {
		return 0
	}
	return g.entries[h]
}

// gazPrefix marks a chain hash that longer names continue. Type masks use
// the other 31 bits (a gazetteer has at most 31 types).
const gazPrefix = 1 << 31

type gazEntry struct {
	name string
	mask uint32
}

// Which gazetteer: the knowledge base or the training names.
const (
	gzKB = iota
	gzTrain
	nGaz
)

var hGazStart = hashString("\x00gaz")

// lowerHash is the hash describe computes for the lower-cased word.
func lowerHash(w string) uint64 {
	h := uint64(fnvOffset)
	var b [utf8.UTFMax]byte
	for _, r := range w {
		for _, c := range utf8.AppendRune(b[:0], unicode.ToLower(r)) {
			h ^= uint64(c)
			h *= fnvPrime
		}
	}
	return h
}

// newGazetteer builds a gazetteer from names and their masks over types.
func newGazetteer(types []string, list []gazEntry) *gazetteer {
	g := &gazetteer{
		types:   types,
		list:    list,
		entries: make(map[uint64]uint32, len(list)),
	}
	for _, e := range list {
		words := strings.Split(e.name, " ")
		h := hGazStart
		for i, w := range words {
			h = mix(h, lowerHash(w))
			if i < len(words)-1 {
				g.entries[h] |= gazPrefix
			}
		}
		g.entries[h] |= e.mask
		g.maxLen = max(g.maxLen, len(words))
	}
	bits := uint(10) // at least 1,024 bits, and at least 16 a key
	for 1<<bits < 16*len(g.entries) {
		bits++
	}
	g.seen, g.seenShift = make([]uint64, 1<<bits/64), 64-bits
	for h := range g.entries {
		b := h >> g.seenShift
		g.seen[b>>6] |= 1 << (b & 63)
	}
	return g
}

// gazetteerFrom merges names into one entry per name (case kept as given,
// types OR-ed) and sorts them, so that the same names in any order give the
// same model.
func gazetteerFrom(names []GazName) *gazetteer {
	typeSet := map[string]bool{}
	for _, n := range names {
		typeSet[n.Type] = true
	}
	types := make([]string, 0, len(typeSet))
	for t := range typeSet {
		types = append(types, t)
	}
	sort.Strings(types)
	if len(types) > 31 {
		types = types[:31]
	}
	bit := map[string]uint32{}
	for i, t := range types {
		bit[t] = 1 << i
	}
	masks := map[string]uint32{}
	for _, n := range names {
		name := strings.Join(strings.Fields(n.Name), " ")
		if name != "" {
			masks[name] |= bit[n.Type]
		}
	}
	list := make([]gazEntry, 0, len(masks))
	for name, m := range masks {
		if m != 0 {
			list = append(list, gazEntry{name, m})
		}
	}
	sort.Slice(list, func(i, j int) bool { return list[i].name < list[j].name })
	return newGazetteer(types, list)
}

// trainNames collects the entity chunks of the training sentences as a
// gazetteer over the data's types. It also returns, per block of
// consecutive sentences, how often each name occurs in that block, so that
// training can hide a block's own names from it (see nameExclusion): at
// test time a name is listed only if the training data had it, and training
// should see the list the same way.
func trainNames(train []Sentence, types []string, blocks int, parts bool) (*gazetteer, []map[uint64][]int32) {
	bit := map[string]int{}
	for i, t := range types {
		bit[t] = i
	}
	masks := map[string]uint32{}
	perBlock := make([]map[uint64][]int32, blocks)
	for b := range perBlock {
		perBlock[b] = map[uint64][]int32{}
	}
	add := func(b int, words []string, t int) {
		if t >= 31 {
			return
		}
		masks[strings.Join(words, " ")] |= 1 << t
		h := hGazStart
		for _, w := range words {
			h = mix(h, lowerHash(w))
		}
		cnt := perBlock[b][h]
		if cnt == nil {
			cnt = make([]int32, min(2*len(types), 31))
			perBlock[b][h] = cnt
		}
		cnt[t]++
	}
	for si, s := range train {
		b := si * blocks / max(len(train), 1)
		for _, c := range chunks(s.Labels) {
			t, ok := bit[c.typ]
			if !ok {
				continue
			}
			add(b, s.Words[c.start:c.end], t)
			// Each word of a longer name is listed as a part of a name
			// of the type, so that "Widodo" alone is known after "Joko
			// Widodo" (a name match of the whole still comes first).
			if parts && c.end-c.start > 1 {
				for k := c.start; k < c.end; k++ {
					add(b, s.Words[k:k+1], len(types)+t)
				}
			}
		}
	}
	list := make([]gazEntry, 0, len(masks))
	for name, m := range masks {
		list = append(list, gazEntry{name, m})
	}
	sort.Slice(list, func(i, j int) bool { return list[i].name < list[j].name })
	all := append([]string(nil), types...)
	for _, t := range types {
		all = append(all, t+"-PART")
	}
	return newGazetteer(all, list), perBlock
}

// nameExclusion is, for one block of training sentences, the type bits of
// training names that only that block has: they are hidden from the
// block's sentences during training.
func nameExclusion(perBlock []map[uint64][]int32, b int) map[uint64]uint32 {
	out := map[uint64]uint32{}
	for h, own := range perBlock[b] {
		var hide uint32
		for t, c := range own {
			if c == 0 {
				continue
			}
			elsewhere := false
			for ob, m := range perBlock {
				if ob != b && m[h] != nil && m[h][t] > 0 {
					elsewhere = true
					break
				}
			}
			if !elsewhere {
				hide |= 1 << t
			}
		}
		if hide != 0 {
			out[h] = hide
		}
	}
	return out
}

// match sets info[k].gz[which] for the tokens inside the longest names of g,
// left to right without overlaps. info has two pads on either side; hide,
// when not nil, removes type bits of names (training only).
func (g *gazetteer) match(info []tokInfo, n, which int, hide map[uint64]uint32) {
	for i := 0; i < n; {
		h := hGazStart
		best, bestMask := -1, uint32(0)
		for j := i; j < n && j-i < g.maxLen; j++ {
			h = mix(h, info[j+2].lower)
			m := g.lookup(h)
			if names := m &^ gazPrefix; names != 0 {
				if hide != nil {
					names &^= hide[h]
				}
				if names != 0 {
					best, bestMask = j, names
				}
			}
			if m&gazPrefix == 0 {
				break
			}
		}
		if best < 0 {
			i++
			continue
		}
		for k := i; k <= best; k++ {
			pos := uint64(2) // inside
			if k == i {
				pos = 1 // first word
			}
			info[k+2].gz[which] = mix(mix(uint64(bestMask), pos), 0x90+uint64(which))
		}
		i = best + 1
	}
}

// KBGazetteer lists the names in kronik's knowledge base (internal/kb) with
// their types (PERSON, ORG, COUNTRY, PLACE), plus every capitalised word of
// three letters or more of a person's name as PERSON-PART, so that "Widodo"
// alone is known as part of a name.
func KBGazetteer() ([]GazName, error) {
	k, err := kb.Load()
	if err != nil {
		return nil, fmt.Errorf("gazetteer: %w", err)
	}
	var out []GazName
	for _, e := range k.Entities() {
		for _, name := range e.Names() {
			words := strings.Fields(name)
			if len(words) == 0 {
				continue
			}
			out = append(out, GazName{strings.Join(words, " "), e.Type})
			if e.Type != kb.Person || len(words) < 2 {
				continue
			}
			for _, w := range words {
				r, _ := utf8.DecodeRuneInString(w)
				if utf8.RuneCountInString(w) >= 3 && unicode.IsUpper(r) {
					out = append(out, GazName{w, "PERSON-PART"})
				}
			}
		}
	}
	return out, nil
}
