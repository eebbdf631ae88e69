package server

import (
	"strings"
	"testing"
)

func TestWorldData(t *testing.T) {
	cs := worldCountries()
	if len(cs) < 170 {
		t.Fatalf("%d country outlines, want the world's", len(cs))
	}
	byCode := map[string]country{}
	for _, c := range cs {
		if c.MinX < 0 || c.MaxX > mapWidth || c.MinY < 0 || c.MaxY > mapHeight || c.MinX >= c.MaxX || c.MinY >= c.MaxY {
			t.Errorf("%s (%s): bounds %d,%d..%d,%d off the plane", c.Name, c.Code, c.MinX, c.MinY, c.MaxX, c.MaxY)
		}
		byCode[c.Code] = c
	}
	// Indonesia reaches further east than Malaysia and lies south of Japan;
	// on the 960-wide plane longitude 100E (Malaysia's west coast) is x=747.
	idn, mys, jpn := byCode["IDN"], byCode["MYS"], byCode["JPN"]
	if idn.Name != "Indonesia" || mys.Name != "Malaysia" || jpn.Name != "Japan" {
		t.Fatalf("missing outlines: %q %q %q", idn.Name, mys.Name, jpn.Name)
	}
	if !(idn.MaxX > mys.MaxX && idn.MinY > jpn.MaxY && mys.MinX > 740 && mys.MinX < 755) {
		box := func(c country) [4]int { return [4]int{c.MinX, c.MinY, c.MaxX, c.MaxY} }
		t.Errorf("implausible positions: IDN %v MYS %v JPN %v", box(idn), box(mys), box(jpn))
	}
	if _, ok := byCode["ATA"]; ok {
		t.Error("Antarctica is drawn")
	}
}

func TestBounds(t *testing.T) {
	for d, want := range map[string][4]int{
		"M10 20l5 0 0 5-5 0z":            {10, 20, 15, 25},
		"M10 20l5 0 0 5zM100 50l-3-4z":   {10, 20, 100, 50},
		"M955 5l10 0 0 2zM-5 5l10 0 0 2": {0, 5, 960, 7}, // a copy past the edge is clamped
	} {
		x0, y0, x1, y1 := bounds(d)
		if got := [4]int{x0, y0, x1, y1}; got != want {
			t.Errorf("bounds(%q) = %v, want %v", d, got, want)
		}
	}
}

func TestWorldMap(t *testing.T) {
	if worldMap(nil) != "" {
		t.Error("a map of no events is drawn")
	}
	counts := []placeCount{
		{Code: "MYS", ID: "country:MYS", Name: "Malaysia", Events: 4, Places: []string{"Kuala Lumpur", "<Putrajaya>"}},
		{Code: "PHL", ID: "country:PHL", Name: "Philippines", Events: 1, Places: []string{"Manila"}},
	}
	svg := string(worldMap(counts))
	for _, want := range []string{
		`<a href="/entities/country:MYS" aria-label="Malaysia: 4 events (Kuala Lumpur, &lt;Putrajaya&gt;)"><path class="land hit h4"`,
		`<a href="/entities/country:PHL"`, `class="land hit h1"`,
	} {
		if !strings.Contains(svg, want) {
			t.Errorf("map lacks %q", want)
		}
	}
	// Framed on South-East Asia, not the whole world.
	x, _, w, _ := viewOf(worldCountries(), map[string]placeCount{"MYS": counts[0], "PHL": counts[1]})
	if w >= mapWidth/2 || x < mapWidth/2 {
		t.Errorf("view x=%d w=%d does not frame South-East Asia", x, w)
	}
	if strings.Count(svg, "<path") != len(worldCountries()) {
		t.Errorf("%d paths, want one per country", strings.Count(svg, "<path"))
	}
}
