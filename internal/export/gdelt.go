package export

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"kronik/internal/calendar"
	"kronik/internal/record"
)

// GDELTColumns are the 61 columns of the GDELT 2.0 event table, in order
// (GDELT Event Codebook V2.0). Export writes them tab-separated without a
// header line, as GDELT's own files are.
var GDELTColumns = []string{
	"GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
	"Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
	"Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
	"Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
	"Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
	"IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
	"NumMentions", "NumSources", "NumArticles", "AvgTone",
	"Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
	"Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
	"Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
	"Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
	"ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
	"ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
	"DATEADDED", "SOURCEURL",
}

// CAMEO is a CAMEO event code with its Goldstein scale value and quad class.
type CAMEO struct {
	Code      string
	Goldstein float64
	Quad      int // 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
}

// cameo maps PLOVER type and mode (and, for planned events, modality) to
// CAMEO. PLOVER was designed as CAMEO's successor and its types regroup
// CAMEO's roots, so the mapping is mostly root to root; the CONSULT modes
// split as CAMEO's 04 codes do. Goldstein values are those of the standard
// CAMEO-Goldstein table. Keys are "TYPE/mode"; "TYPE/" is the type's default.
var cameo = map[string]CAMEO{
	"CONSULT/":             {"040", 1.0, 1}, // Consult, not specified
	"CONSULT/phone":        {"041", 1.0, 1}, // Discuss by telephone
	"CONSULT/visit":        {"042", 1.9, 1}, // Make a visit (Actor1 visits Actor2)
	"CONSULT/meet":         {"040", 1.0, 1}, // Consult: talks without a known host
	"CONSULT/multilateral": {"044", 2.5, 1}, // Meet at a "third" location: summits
	"CONSULT/planned":      {"036", 4.0, 1}, // Express intent to meet or negotiate
	"AGREE/":               {"057", 8.0, 1}, // Sign formal agreement
	"AGREE/sign":           {"057", 8.0, 1},
	"AGREE/planned":        {"030", 4.0, 1},  // Express intent to cooperate
	"SUPPORT/":             {"051", 3.4, 1},  // Praise or endorse
	"COOPERATE/":           {"050", 3.5, 1},  // Engage in diplomatic cooperation
	"AID/":                 {"070", 7.0, 2},  // Provide aid
	"REQUEST/":             {"020", 3.0, 1},  // Make an appeal or request
	"ACCUSE/":              {"112", -2.0, 3}, // Accuse
	"REJECT/":              {"120", -4.0, 3}, // Reject
	"THREATEN/":            {"130", -4.4, 3}, // Threaten
	"PROTEST/":             {"140", -6.5, 3}, // Engage in political dissent
	"SANCTION/":            {"163", -8.0, 4}, // Impose embargo, boycott, or sanctions
	"MOBILIZE/":            {"150", -7.2, 4}, // Demonstrate military or police power
	"COERCE/":              {"170", -7.0, 4}, // Coerce
	"ASSAULT/":             {"180", -9.0, 4}, // Use unconventional violence
	"CONCEDE/":             {"080", 5.0, 2},  // Yield
	"RETREAT/":             {"087", 9.0, 2},  // De-escalate military engagement
}

// CAMEOFor returns the CAMEO code of a PLOVER event type, mode and modality.
func CAMEOFor(typ, mode, modality string) (CAMEO, bool) {
	if modality == "planned" {
		if c, ok := cameo[typ+"/planned"]; ok {
			return c, true
		}
	}
	if c, ok := cameo[typ+"/"+mode]; ok {
		return c, true
	}
	c, ok := cameo[typ+"/"]
	return c, ok
}

// gdeltEvent accumulates one cluster across records.
type gdeltEvent struct {
	first   record.Event
	rec     record.Record // the record of the first mention, for entity lookups
	docs    map[string]bool
	sources int
	count   int
}

type gdeltWriter struct {
	w        io.Writer
	clusters map[string]*gdeltEvent
	order    []string
}

func (g *gdeltWriter) Write(rec record.Record) error {
	for _, ev := range rec.Events {
		id := ev.Cluster
		if id == "" {
			id = rec.Source + "#" + strconv.Itoa(len(g.order))
		}
		c := g.clusters[id]
		if c == nil {
			r := rec
			r.Text = "" // not needed; keeps memory down
			c = &gdeltEvent{first: ev, rec: r, docs: map[string]bool{}}
			g.clusters[id] = c
			g.order = append(g.order, id)
		}
		// The row describes the cluster's best report: one of what happened,
		// with the most precise date.
		if better(ev, c.first) {
			r := rec
			r.Text = ""
			c.first, c.rec = ev, r
		}
		c.count++
		c.docs[rec.Source] = true
		if ev.Sources > c.sources {
			c.sources = ev.Sources
		}
	}
	return nil
}

func better(a, b record.Event) bool {
	if (a.Modality == "occurred") != (b.Modality == "occurred") {
		return a.Modality == "occurred"
	}
	return len(deref(a.Date)) > len(deref(b.Date))
}

// gdeltDate turns YYYY[-MM[-DD]] into YYYYMMDD, taking the first day of a
// month or year (GDELT has day-level dates only).
func gdeltDate(d string) (time.Time, bool) {
	t, ok := calendar.Parse(d)
	return t.Time(), ok
}

// actorCode is a CAMEO actor code: the ISO 3166-1 alpha-3 code of the state
// the actor is or acts for (CAMEO country codes are alpha-3 codes), and the
// GOV type for a person holding an office (heads of state and ministers are
// who our events name).
func actorCode(rec *record.Record, id string) (code, name, country, typ string) {
	var ent *record.Entity
	for i := range rec.Entities {
		if rec.Entities[i].ID == id {
			ent = &rec.Entities[i]
		}
	}
	if ent == nil {
		// An actor the record names no entity for: a state's id still says
		// which state it is.
		if cc, ok := strings.CutPrefix(id, "country:"); ok {
			return cc, cc, cc, ""
		}
		return "", strings.ToUpper(id), "", ""
	}
	name = strings.ToUpper(ent.Name)
	switch {
	case ent.Code != "":
		country = ent.Code
	case ent.Country != "":
		for _, e := range rec.Entities {
			if e.ID == ent.Country {
				country = e.Code
			}
		}
		if country == "" && strings.HasPrefix(ent.Country, "country:") {
			country = strings.TrimPrefix(ent.Country, "country:")
		}
	case strings.HasPrefix(id, "country:"):
		country = strings.TrimPrefix(id, "country:")
	}
	if ent.Type == "PERSON" && len(ent.Roles) > 0 {
		typ = "GOV"
	}
	return country + typ, name, country, typ
}

// gdeltSide is one actor of a GDELT row.
type gdeltSide struct {
	key, name, country, typ string
}

// gdeltSides turns an event's actors into at most two GDELT actors, one per
// state: CAMEO codes a person by the state they act for, so a leader and
// their own country are one side (coded COUNTRY+GOV and named after the
// person, the more specific), and the other state, not the leader, is
// Actor2. Actors without a known state are sides of their own. Sides come in
// the order the event names them.
func gdeltSides(rec *record.Record, ids []string) []gdeltSide {
	var sides []gdeltSide
	at := map[string]int{}
	for _, a := range ids {
		_, name, country, typ := actorCode(rec, a)
		key := country
		if key == "" {
			key = a
		}
		i, ok := at[key]
		if !ok {
			at[key] = len(sides)
			sides = append(sides, gdeltSide{key: key, name: name, country: country, typ: typ})
			continue
		}
		// A person with an office speaks for the state: their name and the
		// GOV role replace the bare country's.
		if typ == "GOV" && sides[i].typ == "" {
			sides[i].name, sides[i].typ = name, typ
		}
	}
	if len(sides) > 2 {
		sides = sides[:2]
	}
	return sides
}

// geo fills the 8 geography columns for a place name: type 1 (country) when
// the place is a country entity, else 4 (world city); the country code is
// ISO alpha-3 (GDELT uses FIPS 10-4 codes here: tools that join on it need a
// conversion table). Coordinates are unknown and left empty.
func geo(rec *record.Record, place string) []string {
	if place == "" {
		return make([]string, 8)
	}
	typ, cc := "4", ""
	for _, e := range rec.Entities {
		if e.Name != place {
			continue
		}
		if e.Type == "COUNTRY" {
			typ, cc = "1", e.Code
		} else if e.Country != "" {
			cc = strings.TrimPrefix(e.Country, "country:")
		}
	}
	return []string{typ, place, cc, "", "", "", "", ""}
}

func (g *gdeltWriter) Close() error {
	for _, id := range g.order {
		c := g.clusters[id]
		ev := c.first
		code, ok := CAMEOFor(ev.Type, ev.Mode, ev.Modality)
		if !ok {
			continue // not a PLOVER type CAMEO has a code for
		}
		date := deref(ev.Date)
		if date == "" {
			date = deref(c.rec.Published)
		}
		t, ok := gdeltDate(date)
		if !ok {
			continue // GDELT rows need a date
		}
		sides := gdeltSides(&c.rec, ev.Actors)
		var actors [2][]string
		for i := range actors {
			actors[i] = make([]string, 10)
			if i < len(sides) {
				sd := sides[i]
				actors[i] = []string{sd.country + sd.typ, sd.name, sd.country, "", "", "", "", sd.typ, "", ""}
			}
		}
		url := c.rec.URL
		if url == "" {
			url = c.rec.Source
		}
		row := []string{
			gdeltID(id), t.Format("20060102"), t.Format("200601"), t.Format("2006"),
			strconv.FormatFloat(float64(t.Year())+float64(t.YearDay())/365, 'f', 4, 64),
		}
		row = append(row, actors[0]...)
		row = append(row, actors[1]...)
		row = append(row, "1", code.Code, code.Code[:3], code.Code[:2], strconv.Itoa(code.Quad),
			strconv.FormatFloat(code.Goldstein, 'f', 1, 64),
			strconv.Itoa(c.count), strconv.Itoa(max(c.sources, 1)), strconv.Itoa(len(c.docs)), "0")
		place := deref(ev.Place)
		row = append(row, make([]string, 16)...) // actor geographies are not extracted
		row = append(row, geo(&c.rec, place)...)
		added := t
		if p, ok := gdeltDate(deref(c.rec.Published)); ok {
			added = p
		}
		row = append(row, added.Format("20060102150405"), url)
		if len(row) != len(GDELTColumns) {
			return fmt.Errorf("gdelt: row of %d columns, want %d", len(row), len(GDELTColumns))
		}
		for i, f := range row {
			row[i] = strings.NewReplacer("\t", " ", "\n", " ", "\r", " ").Replace(f)
		}
		if _, err := io.WriteString(g.w, strings.Join(row, "\t")+"\n"); err != nil {
			return fmt.Errorf("gdelt: %w", err)
		}
	}
	return nil
}

// gdeltID makes GLOBALEVENTID numeric, as GDELT's is: the cluster id's 48-bit
// hash read as a number, so ids are stable across exports.
func gdeltID(cluster string) string {
	h := strings.TrimPrefix(cluster, "evt:")
	if n, err := strconv.ParseUint(h, 16, 64); err == nil {
		return strconv.FormatUint(n, 10)
	}
	var x uint64 = 14695981039346656037
	for i := 0; i < len(cluster); i++ {
		x ^= uint64(cluster[i])
		x *= 1099511628211
	}
	return strconv.FormatUint(x>>16, 10)
}
