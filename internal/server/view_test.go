package server

import "testing"

// TestViewHoldsItsCountries: the map's frame around the countries with
// events holds each of them whole (Indonesia's southern islands included).
func TestViewHoldsItsCountries(t *testing.T) {
	all := worldCountries()
	byCode := map[string]country{}
	for _, c := range all {
		byCode[c.Code] = c
	}
	for _, codes := range [][]string{{"IDN"}, {"IDN", "MYS"}, {"IDN", "AUS"}, {"IDN", "PHL", "VNM"}, {"CHN", "KAZ"}, {"FJI"}} {
		hits := map[string]placeCount{}
		for _, c := range codes {
			hits[c] = placeCount{Code: c, Events: 1}
		}
		x, y, w, h := viewOf(all, hits)
		for _, code := range codes {
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
