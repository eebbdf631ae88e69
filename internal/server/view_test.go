package server

import "testing"

// TestViewHoldsItsCountries: the map's frame around the countries with
// events holds each of them whole (Indonesia's southern islands included),
// and so it does a neighbour it shows most of (Indonesia beside Malaysia and
// the Philippines, the reported clipping of southern Indonesia).
func TestViewHoldsItsCountries(t *testing.T) {
	all := worldCountries()
	byCode := map[string]country{}
	for _, c := range all {
		byCode[c.Code] = c
	}
	for _, tc := range []struct{ hits, whole []string }{
		{[]string{"IDN"}, nil},
		{[]string{"IDN", "MYS"}, nil},
		{[]string{"IDN", "AUS"}, nil},
		{[]string{"IDN", "PHL", "VNM"}, nil},
		{[]string{"CHN", "KAZ"}, nil},
		{[]string{"FJI"}, nil},
		{[]string{"MYS", "PHL"}, []string{"IDN"}},
		{[]string{"MYS"}, []string{"IDN"}},
		{[]string{"JPN", "PHL", "MYS"}, []string{"IDN"}},
	} {
		codes := tc.hits
		hits := map[string]placeCount{}
		for _, c := range codes {
			hits[c] = placeCount{Code: c, Events: 1}
		}
		x, y, w, h := viewOf(all, hits)
		for _, code := range append(append([]string(nil), codes...), tc.whole...) {
			c, ok := byCode[code]
			if !ok {
				continue
			}
			if c.MinX < x || c.MaxX > x+w || c.MinY < y || c.MaxY > y+h {
				t.Errorf("frame %d %d %d %d of %v cuts %s (%d %d - %d %d)", x, y, w, h, codes, code, c.MinX, c.MinY, c.MaxX, c.MaxY)
			}
		}
	}
}
