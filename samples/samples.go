// Package samples embeds kronik's sample articles (news/: short news-style
// texts written for kronik, fiction about real states, under kronik's own
// licence), so that the demo and tests can use them from the binary alone.
package samples

import "embed"

// News holds the sample articles under news/.
//
//go:embed news/*.txt news/*.html
var News embed.FS
