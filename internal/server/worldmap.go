package server

//go:generate go run ./mapgen -out data/world.tsv

import (
	"context"
	_ "embed"
	"errors"
	"fmt"
	"html"
	"html/template"
	"net/http"
	"net/url"
	"sort"
	"strings"
	"sync"
	"time"

	"kronik/internal/store"
)

// worldTSV holds the country outlines (see data/README.md).
//
//go:embed data/world.tsv
var worldTSV string

// Size of the map's plane, as mapgen projects it.
const (
	mapWidth  = 960
	mapHeight = 379
)

// country is one outline of the map, with its bounding box on the plane.
type country struct {
	Code, Name, Path       string
	MinX, MinY, MaxX, MaxY int
}

// bounds reads the extent of mapgen's path data: "M x y" then "l" with
// relative pairs, rings closed by "z". Copies drawn a world to the side of
// the antimeridian are clamped to the plane.
func bounds(d string) (minX, minY, maxX, maxY int) {
	minX, minY, maxX, maxY = mapWidth, mapHeight, 0, 0
	var nums []int
	x, y := 0, 0
	flush := func(abs bool) {
		for i := 0; i+1 < len(nums); i += 2 {
			if abs && i == 0 {
				x, y = nums[0], nums[1]
			} else {
				x, y = x+nums[i], y+nums[i+1]
			}
			minX, minY = min(minX, max(x, 0)), min(minY, max(y, 0))
			maxX, maxY = max(maxX, min(x, mapWidth)), max(maxY, min(y, mapHeight))
		}
		nums = nums[:0]
	}
	cmd := byte(0)
	for i := 0; i < len(d); {
		c := d[i]
		switch {
		case c == 'M' || c == 'l' || c == 'z':
			flush(cmd == 'M')
			cmd = c
			i++
		case c == '-' || (c >= '0' && c <= '9'):
			j := i + 1
			for j < len(d) && d[j] >= '0' && d[j] <= '9' {
				j++
			}
			n := 0
			fmt.Sscan(d[i:j], &n)
			nums = append(nums, n)
			i = j
		default:
			i++
		}
	}
	flush(cmd == 'M')
	return minX, minY, maxX, maxY
}

// worldCountries parses the embedded outlines once.
var worldCountries = sync.OnceValue(func() []country {
	var out []country
	for _, line := range strings.Split(worldTSV, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.SplitN(line, "\t", 3)
		if len(f) == 3 {
			c := country{Code: f[0], Name: f[1], Path: f[2]}
			c.MinX, c.MinY, c.MaxX, c.MaxY = bounds(c.Path)
			out = append(out, c)
		}
	}
	return out
})

// placeCount is where events took place, by country.
type placeCount struct {
	Code, ID, Name string
	Events         int
	Places         []string // the place names reported, most events first
	class          string
}

// eventCountries resolves the place of each count of events to a country:
// a country named as the place, or the country a named place lies in (the
// knowledge base's entity rows). Places that resolve to nothing are
// counted apart.
func (s *Server) eventCountries(r *http.Request, cs []store.PlaceCount) ([]placeCount, int, error) {
	stats, err := s.st.Stats(r.Context())
	if err != nil {
		return nil, 0, fmt.Errorf("store stats: %w", err)
	}
	cache := s.places.forStats(stats)
	byCode := map[string]*placeCount{}
	placeEvents := map[string]map[string]int{}
	unplaced := 0
	for _, c := range cs {
		if c.Place == "" {
			unplaced += c.Events
			continue
		}
		res, ok := cache.get(c.Place)
		if !ok {
			var err error
			if res.id, res.code, res.name, err = s.countryOf(r, c.Place); err != nil {
				return nil, 0, err
			}
			cache.put(c.Place, res)
		}
		if res.code == "" {
			unplaced += c.Events
			continue
		}
		pc := byCode[res.code]
		if pc == nil {
			pc = &placeCount{Code: res.code, ID: res.id, Name: res.name}
			byCode[res.code] = pc
			placeEvents[res.code] = map[string]int{}
		}
		pc.Events += c.Events
		placeEvents[res.code][c.Place] += c.Events
	}
	out := make([]placeCount, 0, len(byCode))
	for code, pc := range byCode {
		for p := range placeEvents[code] {
			pc.Places = append(pc.Places, p)
		}
		pe := placeEvents[code]
		sort.Slice(pc.Places, func(i, j int) bool {
			if pe[pc.Places[i]] != pe[pc.Places[j]] {
				return pe[pc.Places[i]] > pe[pc.Places[j]]
			}
			return pc.Places[i] < pc.Places[j]
		})
		out = append(out, *pc)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Events != out[j].Events {
			return out[i].Events > out[j].Events
		}
		return out[i].Name < out[j].Name
	})
	return out, unplaced, nil
}

// resolvedPlace is the country a place name stands for or lies in.
type resolvedPlace struct{ id, code, name string }

// placeCache remembers resolved places: a place costs three store lookups
// and a map of a busy state has hundreds.
type placeCache struct {
	mu    sync.Mutex
	stamp store.Stats
	at    time.Time
	m     map[string]resolvedPlace
}

// placesFor is how long resolved places are kept while the store changes.
// A place's country changes only when a document teaches a new one, which
// is rare, while an ingest changes the store every second: emptying the
// cache on each change made every map rebuilt during an ingest resolve all
// its places again (the load test's slowest map answers).
const placesFor = time.Minute

// forStats empties the cache when the store changed and the cache is older
// than placesFor, and returns it.
func (p *placeCache) forStats(st store.Stats) *placeCache {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.m == nil || st != p.stamp && time.Since(p.at) > placesFor {
		p.m, p.stamp, p.at = map[string]resolvedPlace{}, st, time.Now()
	}
	return p
}

func (p *placeCache) get(place string) (resolvedPlace, bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	r, ok := p.m[place]
	return r, ok
}

func (p *placeCache) put(place string, r resolvedPlace) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if len(p.m) < 100000 { // bounded: place names come from the store, but stay safe
		p.m[place] = r
	}
}

// countryOf returns the country entity a place name stands for or lies in.
// A place is resolved from the entities' own rows (EntityHead): its profile
// (aliases, roles, companions over its latest documents) was the costly part
// of a map's first build, read once per place a map names.
func (s *Server) countryOf(r *http.Request, place string) (id, code, name string, err error) {
	refs, err := s.st.FindEntities(r.Context(), place)
	if err != nil || len(refs) == 0 {
		return "", "", "", err
	}
	ref := store.EntityHead{ID: refs[0].ID, Type: refs[0].Type, Name: refs[0].Name}
	if ref.Type != "COUNTRY" {
		head, err := s.st.EntityHead(r.Context(), ref.ID)
		if err != nil {
			return "", "", "", fmt.Errorf("place %q: %w", place, err)
		}
		if head.Type == "COUNTRY" {
			ref = head
		} else if head.Country == "" {
			return "", "", "", nil
		} else if c, err := s.st.EntityHead(r.Context(), head.Country); err == nil {
			ref = c
		} else if errors.Is(err, store.ErrNotFound) {
			ref = store.EntityHead{ID: head.Country, Type: "COUNTRY", Name: head.Country}
		} else {
			return "", "", "", fmt.Errorf("country of %q: %w", place, err)
		}
	}
	return ref.ID, strings.TrimPrefix(ref.ID, "country:"), ref.Name, nil
}

// worldMap draws every country, shading those where events took place in
// four steps of their count; a shaded country links to its entity page and
// names its places and count. Texts are escaped; colours are classes.
func worldMap(counts []placeCount) template.HTML {
	if len(counts) == 0 {
		return ""
	}
	most := counts[0].Events
	by := map[string]placeCount{}
	for _, pc := range counts {
		// Steps relative to the busiest country, so that one dominant
		// country does not wash the others out: 1, up to a quarter, a half, more.
		step := 1
		switch f := float64(pc.Events) / float64(most); {
		case f > 0.5:
			step = 4
		case f > 0.25:
			step = 3
		case pc.Events > 1:
			step = 2
		}
		pc.class = fmt.Sprintf("land hit h%d", step)
		by[pc.Code] = pc
	}
	var b strings.Builder
	vx, vy, vw, vh := viewOf(worldCountries(), by)
	fmt.Fprintf(&b, `<svg class="worldmap" viewBox="%d %d %d %d" role="img" aria-labelledby="map-title" xmlns="http://www.w3.org/2000/svg">`, vx, vy, vw, vh)
	fmt.Fprintf(&b, `<title id="map-title">Where %s took place; the table below lists the same.</title>`, plural(sumEvents(counts), "event", "events"))
	var hits strings.Builder // drawn last, so that their outlines are on top
	for _, c := range worldCountries() {
		pc, ok := by[c.Code]
		if !ok {
			fmt.Fprintf(&b, `<path class="land" d="%s"/>`, html.EscapeString(c.Path))
			continue
		}
		label := fmt.Sprintf("%s: %s (%s)", pc.Name, plural(pc.Events, "event", "events"), strings.Join(pc.Places, ", "))
		fmt.Fprintf(&hits, `<a href="/entities/%s" aria-label="%s"><path class="%s" d="%s"><title>%s</title></path></a>`,
			html.EscapeString(url.PathEscape(pc.ID)), html.EscapeString(label), pc.class, html.EscapeString(c.Path), html.EscapeString(label))
	}
	b.WriteString(hits.String())
	b.WriteString(`</svg>`)
	return template.HTML(b.String())
}

// viewOf frames the countries with events: their joint bounding box with a
// margin, at least a sub-continent wide, in the map's own proportions (so the
// figure keeps its height), moved inside the plane. A country without events
// that the frame shows most of is taken in whole: a frame around Malaysia
// and the Philippines would otherwise cut Indonesia's southern islands off,
// and a neighbour cut at the edge reads as a different shape.
func viewOf(all []country, hits map[string]placeCount) (x, y, w, h int) {
	minX, minY, maxX, maxY := mapWidth, mapHeight, 0, 0
	for _, c := range all {
		if _, ok := hits[c.Code]; ok {
			minX, minY = min(minX, c.MinX), min(minY, c.MinY)
			maxX, maxY = max(maxX, c.MaxX), max(maxY, c.MaxY)
		}
	}
	if minX >= maxX || minY >= maxY {
		return 0, 0, mapWidth, mapHeight
	}
	x, y, w, h = frame(minX, minY, maxX, maxY)
	for _, c := range all {
		if _, ok := hits[c.Code]; ok || c.MinX >= c.MaxX || c.MinY >= c.MaxY {
			continue
		}
		// The share of the country's box inside the frame: "most" is over
		// three quarters, so that a country the frame only touches or
		// half shows (Russia above Japan, Australia below Java, India
		// beside Malaysia) does not widen it.
		ix := max(0, min(c.MaxX, x+w)-max(c.MinX, x))
		iy := max(0, min(c.MaxY, y+h)-max(c.MinY, y))
		if 4*ix*iy > 3*(c.MaxX-c.MinX)*(c.MaxY-c.MinY) {
			minX, minY = min(minX, c.MinX), min(minY, c.MinY)
			maxX, maxY = max(maxX, c.MaxX), max(maxY, c.MaxY)
		}
	}
	return frame(minX, minY, maxX, maxY)
}

// frame is the view around a box: a margin, at least a sub-continent wide,
// the plane's proportions, inside the plane (the whole plane when it would
// not fit).
func frame(minX, minY, maxX, maxY int) (x, y, w, h int) {
	w, h = maxX-minX, maxY-minY
	w, h = max(w+w*3/10, 240), h+h*3/10
	// Keep the plane's aspect ratio.
	if w*mapHeight < h*mapWidth {
		w = h * mapWidth / mapHeight
	} else {
		h = w * mapHeight / mapWidth
	}
	if w >= mapWidth || h >= mapHeight {
		return 0, 0, mapWidth, mapHeight
	}
	x = min(max((minX+maxX)/2-w/2, 0), mapWidth-w)
	y = min(max((minY+maxY)/2-h/2, 0), mapHeight-h)
	return x, y, w, h
}

func sumEvents(cs []placeCount) int {
	n := 0
	for _, c := range cs {
		n += c.Events
	}
	return n
}

// mapEvents is how many of the latest matching events the map places: the
// page's cost stays that of a page however large the store grows.
const mapEvents = 5000

// mapView is what the map page shows for one query, derived from the store.
type mapView struct {
	Map      template.HTML
	Counts   []placeCount
	Unplaced int
	Total    int  // events read (the latest mapEvents at most)
	Older    bool // older events exist and are not counted
	NotHeld  int  // planned or not held: not on the map
}

// maxMapViews bounds the map views kept: a reader's filters are few, and a
// client walking through many of them must not grow the server's memory.
const maxMapViews = 64

// mapViews keeps the map of each recently asked query while the store's
// counts are unchanged (statsCache per query), so that the map, which reads
// thousands of events, costs that only once per query and store change.
type mapViews struct {
	mu sync.Mutex
	m  map[eventQuery]*statsCache[mapView]
}

// of returns the cache of one query, making room when the bound is reached.
func (v *mapViews) of(q eventQuery) *statsCache[mapView] {
	v.mu.Lock()
	defer v.mu.Unlock()
	c := v.m[q]
	if c == nil {
		if v.m == nil || len(v.m) >= maxMapViews {
			// Starting over is simpler than tracking use, and costs at
			// most one rebuild per query kept.
			v.m = map[eventQuery]*statsCache[mapView]{}
		}
		c = &statsCache[mapView]{}
		v.m[q] = c
	}
	return c
}

// expire makes the next read of every kept map rebuild it if the store changed.
func (v *mapViews) expire() {
	v.mu.Lock()
	defer v.mu.Unlock()
	for _, c := range v.m {
		c.expire()
	}
}

// buildMap counts the latest mapEvents events matching q by place and
// modality (the map needs no event's reports or actors) and places them.
func (s *Server) buildMap(r *http.Request, q eventQuery) (mapView, error) {
	// One more than the map places says whether older events exist.
	f, ok, err := s.eventFilter(r, q, mapEvents+1, 0)
	if err != nil || !ok {
		return mapView{}, err
	}
	cs, err := s.st.EventPlaces(r.Context(), f)
	if err != nil {
		return mapView{}, err
	}
	total := sumPlaces(cs)
	older := total > mapEvents
	if older {
		// The latest mapEvents alone: counts cannot say which event
		// was the oldest, so they are asked for again.
		f.Limit = mapEvents
		if cs, err = s.st.EventPlaces(r.Context(), f); err != nil {
			return mapView{}, err
		}
		total = sumPlaces(cs)
	}
	// The map shows where events took place: planned, postponed or denied
	// ones are counted apart, not shaded.
	held := make([]store.PlaceCount, 0, len(cs))
	for _, c := range cs {
		if c.Modality == "" || c.Modality == "occurred" {
			held = append(held, c)
		}
	}
	counts, unplaced, err := s.eventCountries(r, held)
	if err != nil {
		return mapView{}, err
	}
	return mapView{worldMap(counts), counts, unplaced, total, older, total - sumPlaces(held)}, nil
}

// sumPlaces is the number of events counted in cs.
func sumPlaces(cs []store.PlaceCount) int {
	n := 0
	for _, c := range cs {
		n += c.Events
	}
	return n
}

func (s *Server) uiMap(w http.ResponseWriter, r *http.Request) error {
	p := newParams(r)
	q := p.eventQuery()
	if p.err != nil {
		return p.err
	}
	v, err := s.maps.of(q).get(r.Context(), s.st, func(context.Context) (mapView, error) { return s.buildMap(r, q) })
	if err != nil {
		return err
	}
	return s.html(w, r, "map", page{Title: "Map of events", Data: struct {
		eventQuery
		mapView
		Types    []string
		EventsQS string
	}{q, v, eventTypes, r.URL.RawQuery}})
}
