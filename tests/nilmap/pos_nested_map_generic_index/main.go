// A generic inverted index maps a term to the set of documents containing it. Add creates the
// inner set only when its caller says the term is new; the tokenizer says so only for terms of
// the first document, so a term first seen in a later one is written into a missing set.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Index[T comparable, D comparable] struct {
	postings map[T]map[D]struct{}
}

func NewIndex[T comparable, D comparable]() *Index[T, D] {
	return &Index[T, D]{postings: make(map[T]map[D]struct{})}
}

func (ix *Index[T, D]) Add(term T, doc D, firstPosting bool) {
	if firstPosting {
		ix.postings[term] = make(map[D]struct{})
	}
	ix.postings[term][doc] = struct{}{} // want "nil map|inner map"
}

func (ix *Index[T, D]) Lookup(term T) []D {
	var out []D
	for d := range ix.postings[term] {
		out = append(out, d)
	}
	return out
}

func indexDocument(ix *Index[string, int], id int, text string) {
	for _, w := range strings.Fields(strings.ToLower(text)) {
		_, known := ix.postings[w]
		ix.Add(w, id, !known && id == 0)
	}
}

func main() {
	ix := NewIndex[string, int]()
	docs := []string{"the quick fox", "the lazy dog"}
	for id, d := range docs {
		indexDocument(ix, id, d)
	}
	ids := ix.Lookup("the")
	sort.Ints(ids)
	fmt.Println(ids)
}
