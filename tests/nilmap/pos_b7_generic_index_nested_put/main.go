// A search service keeps a generic two-level index: documents by tag, then by id. The Add
// method creates the outer map lazily but writes straight into the per-tag map, which exists
// only for tags registered ahead of time; the first document with a new tag panics.
package main

import (
	"fmt"
	"sort"
)

type Index[K comparable, V any] struct {
	byTag map[string]map[K]V
}

func (ix *Index[K, V]) Register(tag string) {
	if ix.byTag == nil {
		ix.byTag = make(map[string]map[K]V)
	}
	if _, ok := ix.byTag[tag]; !ok {
		ix.byTag[tag] = make(map[K]V)
	}
}

func (ix *Index[K, V]) Add(tag string, id K, v V) {
	if ix.byTag == nil {
		ix.byTag = make(map[string]map[K]V)
	}
	ix.byTag[tag][id] = v // want "nil map|inner map"
}

type doc struct {
	title string
	tags  []string
}

func main() {
	var ix Index[int, string]
	ix.Register("go")
	ix.Register("rust")
	docs := []doc{
		{"generics in practice", []string{"go"}},
		{"borrowing explained", []string{"rust"}},
		{"zig comptime", []string{"zig"}},
	}
	for i, d := range docs {
		for _, t := range d.tags {
			ix.Add(t, i, d.title)
		}
	}
	tags := make([]string, 0, len(ix.byTag))
	for t := range ix.byTag {
		tags = append(tags, t)
	}
	sort.Strings(tags)
	fmt.Println(tags)
}
