// A search front end ranks each index shard's hits with sort.Slice, and the ranker's score
// function memoizes each document's boosted score in a plain map because the boost is costly.
// Each shard is sorted with a ranker of its own, sharing only the read-only boosts, so the two
// sorts running at once each write their own memo.
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
	if s, ok := r.scores[h.doc]; ok {
		return s
	}
	section, _, _ := strings.Cut(h.doc, "/")
	s := float64(h.terms) * r.boosts[section] / math.Log2(float64(h.age)+2)
	r.scores[h.doc] = s
	return s
}

func (r *ranker) rank(hits []hit) {
	sort.Slice(hits, func(i, j int) bool { return r.score(hits[i]) > r.score(hits[j]) })
}

func main() {
	boosts := map[string]float64{"docs": 2, "blog": 1, "forum": 0.5}
	rankerFor := func() *ranker { return &ranker{boosts: boosts, scores: make(map[string]float64)} }
	shards := [][]hit{
		{{"blog/maps-internals", 4, 30}, {"docs/maps", 3, 200}, {"forum/nil-map-panic", 9, 5}},
		{{"docs/sync", 2, 90}, {"blog/race-detector", 6, 12}, {"forum/concurrent-writes", 7, 2}},
	}
	var wg sync.WaitGroup
	wg.Go(func() { rankerFor().rank(shards[1]) })
	rankerFor().rank(shards[0])
	wg.Wait()
	for i, shard := range shards {
		names := make([]string, len(shard))
		for j, h := range shard {
			names[j] = h.doc
		}
		fmt.Println("shard", i, names)
	}
}
