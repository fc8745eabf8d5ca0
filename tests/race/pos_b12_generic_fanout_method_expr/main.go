// A search service rebuilds its inverted index with a generic FanOut helper that calls fn(s, item)
// for every item, the first in the caller's goroutine and the others in goroutines of their own.
// The indexer hands it the method expression (*Index).add, which appends postings to the shared
// terms map without taking the index's mutex, so the documents are indexed into one map at once.
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

// FanOut calls fn(s, it) for every item concurrently and returns when all calls have returned.
func FanOut[S, T any](s S, items []T, fn func(S, T)) {
	if len(items) == 0 {
		return
	}
	var wg sync.WaitGroup
	for _, it := range items[1:] {
		wg.Add(1)
		go func() {
			defer wg.Done()
			fn(s, it)
		}()
	}
	fn(s, items[0])
	wg.Wait()
}

type Doc struct {
	ID   int
	Body string
}

type Index struct {
	mu    sync.Mutex
	terms map[string][]int
}

func (ix *Index) add(d Doc) {
	for _, w := range strings.Fields(strings.ToLower(d.Body)) {
		ix.terms[w] = append(ix.terms[w], d.ID) // want "concurrent map write"
	}
}

func (ix *Index) Lookup(term string) []int {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	ids := append([]int(nil), ix.terms[term]...)
	sort.Ints(ids)
	return ids
}

func main() {
	docs := []Doc{
		{1, "Reset your password from the account page"},
		{2, "Two factor login codes expire after thirty seconds"},
		{3, "Password rules: twelve characters and one digit"},
		{4, "Export your account data as CSV"},
	}
	ix := &Index{terms: make(map[string][]int)}
	FanOut(ix, docs, (*Index).add)
	fmt.Println("password:", ix.Lookup("password"), "account:", ix.Lookup("account"))
}
