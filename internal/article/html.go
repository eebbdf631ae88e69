package article

import (
	"encoding/json"
	"fmt"
	"net/url"
	"regexp"
	"strings"

	"github.com/markusmobius/go-htmldate"
	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Limits on the HTML that goes to the tree parser and trafilatura. Deeper or
// larger pages (100,000 nested <div>s, generated junk) would make the
// recursive extractors slow or exhaust the stack; they get a flat, linear
// tag-stripping extraction instead, with a warning.
const (
	maxHTMLDepth    = 512
	maxHTMLElements = 100_000
)

// htmlMeta is what the page's markup says about the story.
type htmlMeta struct {
	title     string
	outlet    string // og:site_name, JSON-LD publisher, application-name
	published string // normalised publication date from tags, "" when none
	url       string // canonical or og:url
}

// extractHTML returns the story's paragraphs and metadata from an HTML page.
func extractHTML(src string, pageURL string) ([]para, htmlMeta, []string, error) {
	depth, elements := measure(src)
	if depth > maxHTMLDepth || elements > maxHTMLElements {
		warn := fmt.Sprintf("HTML too deep or large for the tree parser (depth %d, %d elements): text taken by stripping tags", depth, elements)
		paras, title := stripTags(src)
		return paras, htmlMeta{title: title}, []string{warn}, nil
	}
	doc, err := html.Parse(strings.NewReader(src))
	if err != nil {
		return nil, htmlMeta{}, nil, fmt.Errorf("parse HTML: %w", err)
	}
	meta := scanMeta(doc)
	if meta.url == "" {
		meta.url = pageURL
	}
	opts := trafilatura.Options{
		EnableFallback:  true,
		ExcludeComments: true,
		IncludeLinks:    true, // keeps <a> elements, so "Baca juga:" links inside paragraphs can be cut out
		HtmlDateOptions: &htmldate.Options{ExtractTime: true, UseOriginalDate: true, SkipExtensiveSearch: true},
	}
	if u, err := url.Parse(pageURL); err == nil && u.IsAbs() {
		opts.OriginalURL = u
	}
	var warnings []string
	var paras []para
	res, err := trafilatura.ExtractDocument(doc, opts)
	if err == nil && res != nil && res.ContentNode != nil {
		paras = nodeParagraphs(res.ContentNode)
		md := res.Metadata
		if meta.title == "" {
			meta.title = strings.TrimSpace(md.Title)
		}
		if meta.outlet == "" {
			meta.outlet = strings.TrimSpace(md.Sitename)
		}
		// htmldate also guesses from the body text and the address; its
		// date is taken only when a machine-readable attribute carries it,
		// so that a date merely mentioned in the story is never used. A
		// date only in the address is the article's PageDate, not its
		// publication date (the contract's published is what the page
		// says).
		if meta.published == "" && !md.Date.IsZero() {
			d := md.Date.Format("2006-01-02")
			if strings.Contains(src, `"`+d) {
				meta.published = d
			}
		}
	}
	if len(paras) == 0 {
		if err != nil {
			warnings = append(warnings, "main text extraction failed ("+err.Error()+"): text taken by stripping tags")
		} else {
			warnings = append(warnings, "no main text found: text taken by stripping tags")
		}
		var title string
		paras, title = stripTags(src)
		if meta.title == "" {
			meta.title = title
		}
	}
	return paras, meta, warnings, nil
}

// measure returns the deepest element nesting and the number of elements,
// using the tokenizer only (linear time, no tree). Elements whose end tag is
// optional (p, li, td ...) and void elements are not counted as nesting.
func measure(src string) (depth, elements int) {
	z := html.NewTokenizer(strings.NewReader(src))
	cur := 0
	for {
		switch z.Next() {
		case html.ErrorToken:
			return depth, elements
		case html.StartTagToken:
			elements++
			name, _ := z.TagName()
			if a := atom.Lookup(name); voidOrOptional[a] {
				continue
			}
			cur++
			if cur > depth {
				depth = cur
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			if a := atom.Lookup(name); !voidOrOptional[a] && cur > 0 {
				cur--
			}
		case html.SelfClosingTagToken:
			elements++
		}
	}
}

// voidOrOptional are elements that have no end tag or whose end tag may be
// left out; the parser closes them itself, so they do not nest.
var voidOrOptional = map[atom.Atom]bool{
	atom.Area: true, atom.Base: true, atom.Br: true, atom.Col: true, atom.Embed: true, atom.Hr: true,
	atom.Img: true, atom.Input: true, atom.Link: true, atom.Meta: true, atom.Source: true,
	atom.Track: true, atom.Wbr: true, atom.P: true, atom.Li: true, atom.Dt: true, atom.Dd: true,
	atom.Tr: true, atom.Td: true, atom.Th: true, atom.Option: true, atom.Optgroup: true,
	atom.Tbody: true, atom.Thead: true, atom.Tfoot: true, atom.Html: true, atom.Head: true, atom.Body: true,
}

// blockElements end a paragraph when walking extracted content or stripping tags.
var blockElements = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Br: true, atom.Li: true, atom.H1: true, atom.H2: true,
	atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true, atom.Blockquote: true,
	atom.Pre: true, atom.Tr: true, atom.Td: true, atom.Th: true, atom.Table: true, atom.Ul: true,
	atom.Ol: true, atom.Dl: true, atom.Dt: true, atom.Dd: true, atom.Section: true,
	atom.Article: true, atom.Header: true, atom.Footer: true, atom.Figcaption: true,
	atom.Figure: true, atom.Hr: true, atom.Main: true, atom.Aside: true, atom.Nav: true,
	atom.Address: true, atom.Caption: true, atom.Details: true, atom.Summary: true,
}

// skipElements hold no story text.
var skipElements = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Svg: true, atom.Math: true, atom.Iframe: true, atom.Object: true, atom.Select: true,
	atom.Button: true, atom.Form: true, atom.Textarea: true,
}

// nodeParagraphs walks trafilatura's content tree and returns one paragraph
// per block element (and per <br>), with inline text joined. The walk uses an
// explicit stack, so depth does not matter.
func nodeParagraphs(root *html.Node) []para {
	var out []para
	var cur strings.Builder
	flush := func() {
		if t := cleanSpace(cur.String()); t != "" {
			out = append(out, para{text: t, blankAfter: true})
		}
		cur.Reset()
	}
	type frame struct {
		n     *html.Node
		leave bool
	}
	stack := []frame{{n: root}}
	skipped := map[*html.Node]bool{} // links taken along by a "Baca juga:" label
	for len(stack) > 0 {
		f := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		n := f.n
		if f.leave {
			flush()
			continue
		}
		if skipped[n] {
			continue
		}
		switch n.Type {
		case html.TextNode:
			cur.WriteString(n.Data)
			continue
		case html.ElementNode:
			if skipElements[n.DataAtom] {
				continue
			}
			// Trafilatura's own tag names: <lb> is a line break, <head>
			// inside content a heading, <item> a list item.
			if blockElements[n.DataAtom] || n.Data == "lb" || n.Data == "item" || n.Data == "list" || n.Data == "head" {
				flush()
				stack = append(stack, frame{n: n, leave: true})
			} else if ok, link := inlineReadAlso(n); ok {
				if link != nil {
					skipped[link] = true
				}
				continue
			}
		}
		// Children in reverse so they pop in document order.
		var kids []*html.Node
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			kids = append(kids, c)
		}
		for i := len(kids) - 1; i >= 0; i-- {
			stack = append(stack, frame{n: kids[i]})
		}
	}
	flush()
	return out
}

// stripTags is the fallback extraction: the tokenizer's text, split into
// paragraphs at block elements, with scripts and styles left out. It also
// returns the <title>. Linear in the input, whatever its nesting.
func stripTags(src string) ([]para, string) {
	z := html.NewTokenizer(strings.NewReader(src))
	var out []para
	var cur, title strings.Builder
	skip, inTitle := 0, false
	flush := func() {
		if t := cleanSpace(cur.String()); t != "" {
			out = append(out, para{text: t, blankAfter: true})
		}
		cur.Reset()
	}
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			// io.EOF, or a read error a string reader cannot have.
			flush()
			return out, cleanSpace(title.String())
		case html.TextToken:
			switch {
			case inTitle:
				title.Write(z.Text())
			case skip == 0:
				cur.Write(z.Text())
			}
		case html.StartTagToken, html.EndTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			if a == atom.Title {
				inTitle = tt == html.StartTagToken
				continue
			}
			if skipElements[a] || a == atom.Head {
				switch {
				case tt == html.StartTagToken:
					skip++
				case tt == html.EndTagToken && skip > 0:
					skip--
				}
				continue
			}
			if blockElements[a] {
				flush()
			}
		}
	}
}

// scanMeta reads title, outlet, publication date and canonical address from
// the page's <meta> tags, JSON-LD and <time> elements; these are written by
// the publisher's system and are more reliable than anything in the text.
func scanMeta(doc *html.Node) htmlMeta {
	var m htmlMeta
	metas := map[string]string{}
	var ldDate, ldPublisher, ldHeadline, timeDate, classDate, leafDate, titleText string
	classInArticle := false
	stack := []*html.Node{doc}
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Meta:
				key := strings.ToLower(attr(n, "property"))
				if key == "" {
					key = strings.ToLower(attr(n, "name"))
				}
				if key == "" {
					key = strings.ToLower(attr(n, "itemprop"))
				}
				if c := strings.TrimSpace(attr(n, "content")); key != "" && c != "" {
					if _, seen := metas[key]; !seen {
						metas[key] = c
					}
				}
			case atom.Link:
				if strings.EqualFold(attr(n, "rel"), "canonical") && m.url == "" {
					m.url = attr(n, "href")
				}
			case atom.Title:
				if titleText == "" {
					titleText = cleanSpace(textOf(n, 1000))
				}
			case atom.Script:
				if strings.Contains(strings.ToLower(attr(n, "type")), "ld+json") && n.FirstChild != nil {
					d, p, h := readJSONLD(n.FirstChild.Data)
					ldDate, ldPublisher, ldHeadline = first(ldDate, d), first(ldPublisher, p), first(ldHeadline, h)
				}
				continue
			case atom.Time:
				// <time pubdate>, <time itemprop="datePublished"> or a <time>
				// whose class names a publication date; other <time>s may
				// date related stories or comments.
				if timeDate == "" && (hasAttr(n, "pubdate") || strings.EqualFold(attr(n, "itemprop"), "datePublished") || publishClassRe.MatchString(attr(n, "class"))) {
					if d, ok := normalizeDate(literalDate(attr(n, "datetime"))); ok {
						timeDate = d
					} else if d, ok := parseStamp(cleanSpace(textOf(n, 200))); ok {
						timeDate = d
					}
				}
			}
			if strings.EqualFold(attr(n, "itemprop"), "datePublished") && timeDate == "" {
				v := first(attr(n, "content"), attr(n, "datetime"))
				if d, ok := normalizeDate(literalDate(v)); ok {
					timeDate = d
				} else if d, ok := parseStamp(cleanSpace(textOf(n, 200))); ok {
					timeDate = d
				}
			}
			// A short element whose class or id says it holds the date
			// ("date", "publish", "tanggal", "waktu"), as many Indonesian
			// sites print "Selasa, 17 Juni 2025 10:15 WIB" there.
			// One inside <article> or <main> wins over one elsewhere, which may
			// date a story in a sidebar list.
			if (classDate == "" || !classInArticle) && n.DataAtom != atom.Html && n.DataAtom != atom.Body &&
				(dateClassRe.MatchString(attr(n, "class")) || dateClassRe.MatchString(attr(n, "id"))) {
				if d, ok := stampText(textOf(n, 200)); ok {
					if in := insideArticle(n); classDate == "" || in {
						classDate, classInArticle = d, in
					}
				}
			}
			// Failing that, a leaf element inside <article>/<main> that holds
			// nothing but a date stamp.
			if leafDate == "" && isLeaf(n) && insideArticle(n) {
				if d, ok := stampText(textOf(n, 200)); ok {
					leafDate = d
				}
			}
		}
		for c := n.LastChild; c != nil; c = c.PrevSibling {
			stack = append(stack, c)
		}
	}
	m.outlet = first(metas["og:site_name"], ldPublisher, metas["application-name"], metas["publisher"])
	m.title = first(metas["og:title"], ldHeadline, metas["twitter:title"], stripSiteName(titleText, m.outlet))
	if m.url == "" {
		m.url = metas["og:url"]
	}
	for _, v := range []string{
		metas["article:published_time"], metas["og:article:published_time"], metas["article:published"],
		metas["datepublished"], ldDate, metas["pubdate"], metas["publishdate"], metas["publish-date"],
		metas["publish_date"], metas["parsely-pub-date"], metas["sailthru.date"], metas["dc.date.issued"],
		metas["dcterms.issued"], metas["dcterms.created"], metas["dc.date"], metas["date"],
		metas["content_publishdate"], metas["og:published_time"], timeDate, classDate, leafDate,
	} {
		if d, ok := normalizeDate(literalDate(v)); ok && v != "" {
			m.published = d
			break
		}
	}
	return m
}

var (
	publishClassRe = regexp.MustCompile(`(?i)publish|posted|entry-date|post-date|article-date|date`)
	dateClassRe    = regexp.MustCompile(`(?i)(^|[\s_-])(date|dates|publish|published|pubdate|posted|tanggal|tgl|waktu|timestamp|time)([\s_-]|$)`)
	isoPrefixRe    = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}`)
)

// literalDate keeps the calendar date written in an ISO timestamp
// ("2025-06-17T23:30:00+07:00" -> "2025-06-17"): the date in the publisher's
// own zone, not converted to UTC.
func literalDate(v string) string {
	v = strings.TrimSpace(v)
	if m := isoPrefixRe.FindString(v); m != "" {
		return m
	}
	return v
}

// readJSONLD returns datePublished, publisher name and headline from a
// JSON-LD block (an object, an array or an @graph), "" for what it lacks.
func readJSONLD(src string) (date, publisher, headline string) {
	var v any
	if err := json.Unmarshal([]byte(strings.TrimSpace(src)), &v); err != nil {
		return "", "", ""
	}
	stack := []any{v}
	for len(stack) > 0 && len(stack) < 10000 {
		x := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		switch t := x.(type) {
		case []any:
			stack = append(stack, t...)
		case map[string]any:
			if s, ok := t["datePublished"].(string); ok && date == "" {
				date = s
			}
			if s, ok := t["headline"].(string); ok && headline == "" {
				headline = s
			}
			if p, ok := t["publisher"].(map[string]any); ok && publisher == "" {
				if s, ok := p["name"].(string); ok {
					publisher = s
				}
			}
			for _, k := range []string{"@graph", "mainEntity", "mainEntityOfPage"} {
				if c, ok := t[k]; ok {
					stack = append(stack, c)
				}
			}
		}
	}
	return strings.TrimSpace(date), strings.TrimSpace(publisher), strings.TrimSpace(headline)
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if strings.EqualFold(a.Key, key) {
			return a.Val
		}
	}
	return ""
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if strings.EqualFold(a.Key, key) {
			return true
		}
	}
	return false
}

// textOf returns the text under n, stopping after limit bytes.
func textOf(n *html.Node, limit int) string {
	var b strings.Builder
	stack := []*html.Node{n}
	for len(stack) > 0 && b.Len() < limit {
		x := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if x.Type == html.TextNode {
			b.WriteString(x.Data)
			b.WriteByte(' ')
			continue
		}
		if x.Type == html.ElementNode && skipElements[x.DataAtom] {
			continue
		}
		for c := x.LastChild; c != nil; c = c.PrevSibling {
			stack = append(stack, c)
		}
	}
	return b.String()
}

func first(vals ...string) string {
	for _, v := range vals {
		if v = strings.TrimSpace(v); v != "" {
			return v
		}
	}
	return ""
}

// stripSiteName removes the site's name that <title> elements append to the
// headline ("Menlu bertemu mitranya - Warta Contoh", "... | KOMPAS.com").
func stripSiteName(title, site string) string {
	for _, sep := range []string{" | ", " - ", " – ", " — ", " :: "} {
		i := strings.LastIndex(title, sep)
		if i <= 0 {
			continue
		}
		tail := strings.TrimSpace(title[i+len(sep):])
		if (site != "" && strings.EqualFold(tail, site)) || isOutlet(tail) {
			return strings.TrimSpace(title[:i])
		}
	}
	return title
}

// inlineReadAlso reports whether inline element n is a "Baca juga: ..." /
// "Read also: ..." link set inside a paragraph of the story. A bare label
// ("<strong>Baca juga:</strong> <a>headline</a>") takes the link after it
// along; that link is returned so the walk can skip it too.
func inlineReadAlso(n *html.Node) (bool, *html.Node) {
	t := cleanSpace(textOf(n, 300))
	if readAlsoLineRe.MatchString(t) {
		return true, nil
	}
	if !readAlsoHeadRe.MatchString(t) {
		return false, nil
	}
	next := n.NextSibling
	for next != nil && next.Type == html.TextNode && strings.TrimSpace(next.Data) == "" {
		next = next.NextSibling
	}
	if next != nil && next.Type == html.ElementNode && next.DataAtom == atom.A {
		return true, next
	}
	return true, nil
}

// insideArticle reports whether n lies within an <article> or <main> element.
func insideArticle(n *html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.DataAtom == atom.Article || p.DataAtom == atom.Main {
			return true
		}
	}
	return false
}

// stampText reads an element's text as a date stamp, also in the form that
// names the outlet first ("Kompas.com - 17/06/2025, 10:15 WIB").
func stampText(s string) (string, bool) {
	s = cleanSpace(s)
	if d, ok := parseStamp(s); ok {
		return d, true
	}
	if _, d, ok := outletStamp(s); ok {
		return d, true
	}
	return "", false
}

// isLeaf reports whether element n holds text only.
func isLeaf(n *html.Node) bool {
	if n.Type != html.ElementNode || n.FirstChild == nil || skipElements[n.DataAtom] {
		return false
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.TextNode {
			return false
		}
	}
	return true
}
