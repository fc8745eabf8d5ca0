// A search front end ranks each index shard's hits with sort.Slice, and the ranker's score
// function memoizes each document's boosted score in a plain map because the boost is costly.
// Main sorts one shard while a goroutine sorts the other with the same ranker, so both Less
// functions write the memo at once.
package main

import (
	"fmt"
	"math"
	"sort"
	"strings"
	"sync"
)

type hit struct {
	doc   string
	terms int
	age   int // days since the document was published
}

type ranker struct {
	boosts map[string]float64 // per-section boost, fixed at start-up
	scores map[string]float64
}

func (r *ranker) score(h hit) float64 {
	if s, ok := r.scores[h.doc]; ok { // other access
		return s
	}
	section, _, _ := strings.Cut(h.doc, "/")
	s := float64(h.terms) * r.boosts[section] / math.Log2(float64(h.age)+2)
	r.scores[h.doc] = s // want "concurrent map write"
	return s
}

func (r *ranker) rank(hits []hit) {
	sort.Slice(hits, func(i, j int) bool { return r.score(hits[i]) > r.score(hits[j]) })
}

func main() {
	r := &ranker{
		boosts: map[string]float64{"docs": 2, "blog": 1, "forum": 0.5},
		scores: make(map[string]float64),
	}
	shards := [][]hit{
		{{"blog/maps-internals", 4, 30}, {"docs/maps", 3, 200}, {"forum/nil-map-panic", 9, 5}},
		{{"docs/sync", 2, 90}, {"blog/race-detector", 6, 12}, {"forum/concurrent-writes", 7, 2}},
	}
	var wg sync.WaitGroup
	wg.Go(func() { r.rank(shards[1]) })
	r.rank(shards[0])
	wg.Wait()
	for i, shard := range shards {
		names := make([]string, len(shard))
		for j, h := range shard {
			names[j] = h.doc
		}
		fmt.Println("shard", i, names)
	}
}
