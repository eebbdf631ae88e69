// Package models holds the trained artefacts shipped inside the kronik
// binary: the NER model and the word clusters it was trained with. See
// README.md for their provenance, licences and the commands that built them.
package models

import _ "embed"

// Clusters is the word-cluster file (word, coarse cluster, fine cluster),
// computed from unlabelled Indonesian text by internal/ner/internal/mkclusters.
//
//go:embed clusters.tsv
var Clusters string

// NER is the shipped named-entity model, in the format of ner.Model.Save.
//
//go:embed ner.model
var NER []byte
