package ner

import "sort"

// PRF is precision, recall and F1 (in percent, as conlleval prints them)
// with the chunk counts they come from.
type PRF struct {
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
	Gold      int     `json:"gold"`
	Predicted int     `json:"predicted"`
	Correct   int     `json:"correct"`
}

// Scores are conlleval chunk scores: per type, micro-averaged over all
// chunks (Overall, what conlleval reports) and the unweighted mean of the
// per-type F1 (MacroF1, what IndoNLU reports).
type Scores struct {
	PerType map[string]PRF `json:"per_type"`
	Overall PRF            `json:"overall"`
	MacroF1 float64        `json:"macro_f1"`
}

type chunk struct {
	start, end int // [start, end)
	typ        string
}

func splitLabel(l string) (prefix byte, typ string) {
	if l == "O" || l == "" || len(l) < 2 {
		return 'O', ""
	}
	if len(l) > 2 && l[1] == '-' {
		return l[0], l[2:]
	}
	return 'I', l
}

// chunks reads BIO(ES) labels the way conlleval does: a chunk starts at B-X,
// or at I-X after O or after a chunk of another type, and ends before O,
// B-, or a label of another type.
func chunks(labels []string) []chunk {
	var out []chunk
	open := -1
	openType := ""
	for i, l := range labels {
		p, t := splitLabel(l)
		startNew := p == 'B' || p == 'S' || (p != 'O' && (open < 0 || t != openType))
		if open >= 0 && (p == 'O' || startNew) {
			out = append(out, chunk{open, i, openType})
			open = -1
		}
		if p != 'O' && (startNew || open < 0) {
			open, openType = i, t
		}
		if p == 'E' || p == 'S' {
			out = append(out, chunk{open, i + 1, openType})
			open = -1
		}
	}
	if open >= 0 {
		out = append(out, chunk{open, len(labels), openType})
	}
	return out
}

// Score compares predicted label sequences with gold ones.
func Score(gold, pred [][]string) Scores {
	type cnt struct{ gold, pred, correct int }
	per := map[string]*cnt{}
	get := func(t string) *cnt {
		c := per[t]
		if c == nil {
			c = &cnt{}
			per[t] = c
		}
		return c
	}
	for i := range gold {
		g := chunks(gold[i])
		set := make(map[chunk]bool, len(g))
		for _, c := range g {
			set[c] = true
			get(c.typ).gold++
		}
		if i < len(pred) {
			for _, c := range chunks(pred[i]) {
				e := get(c.typ)
				e.pred++
				if set[c] {
					e.correct++
				}
			}
		}
	}
	sc := Scores{PerType: map[string]PRF{}}
	var all cnt
	types := make([]string, 0, len(per))
	for t := range per {
		types = append(types, t)
	}
	sort.Strings(types)
	for _, t := range types {
		c := per[t]
		sc.PerType[t] = prf(c.gold, c.pred, c.correct)
		all.gold += c.gold
		all.pred += c.pred
		all.correct += c.correct
		sc.MacroF1 += sc.PerType[t].F1
	}
	if len(types) > 0 {
		sc.MacroF1 /= float64(len(types))
	}
	sc.Overall = prf(all.gold, all.pred, all.correct)
	return sc
}

func prf(gold, pred, correct int) PRF {
	r := PRF{Gold: gold, Predicted: pred, Correct: correct}
	if pred > 0 {
		r.Precision = 100 * float64(correct) / float64(pred)
	}
	if gold > 0 {
		r.Recall = 100 * float64(correct) / float64(gold)
	}
	if r.Precision+r.Recall > 0 {
		r.F1 = 2 * r.Precision * r.Recall / (r.Precision + r.Recall)
	}
	return r
}

// Evaluate tags every test sentence with m and scores it against the gold
// labels (conlleval chunk scores).
func Evaluate(m *Model, test []Sentence) Scores {
	gold := make([][]string, len(test))
	pred := make([][]string, len(test))
	for i, s := range test {
		gold[i] = s.Labels
		pred[i] = m.Tag(s.Words)
	}
	return Score(gold, pred)
}
