package event

import (
	"strings"
	"testing"
)

// benchDoc is a story written for the benchmark: talks, a visit, signings, a
// summit and recalled events, with the anaphora that make the extractor look
// back over earlier sentences.
var benchDoc = strings.Repeat("Presiden Prabowo Subianto tiba di Kuala Lumpur pada Senin (9/6) untuk kunjungan kenegaraan. "+
	"Prabowo mengadakan pembicaraan dengan Perdana Menteri Malaysia Anwar Ibrahim pada Selasa (10/6). "+
	"Usai pembicaraan, kedua pemimpin menyaksikan penandatanganan tiga nota kesepahaman. "+
	"Selain dengan Anwar, ia juga bertemu Xi Jinping di sela KTT ASEAN ke-46 di Kuala Lumpur. "+
	"Chinese President Xi Jinping met Russian President Vladimir Putin in Moscow on May 8, 2025. "+
	"The two leaders signed a joint statement on strategic partnership. "+
	"Japan and Australia settled their dispute in a treaty signed at the United Nations in New York on March 6, 2018. "+
	"Para pemimpin ASEAN berkumpul di Kuala Lumpur untuk menghadiri KTT ASEAN ke-46 pada 26 Mei 2025. ", 4)

var benchTimes = []tm{
	{"Senin (9/6)", "2025-06-09", ""}, {"Selasa (10/6)", "2025-06-10", ""}, {"May 8, 2025", "2025-05-08", ""},
	{"March 6, 2018", "2018-03-06", ""}, {"26 Mei 2025", "2025-05-26", ""},
}

// BenchmarkExtract measures event extraction alone on one prepared document.
func BenchmarkExtract(b *testing.B) {
	x := New()
	in := input(benchDoc, benchTimes, "2025-06-11")
	b.SetBytes(int64(len(benchDoc)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		x.Extract(in)
	}
}
