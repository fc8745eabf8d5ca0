// A search aggregator clones the first shard with more than one term as the total and merges
// the others in: a first shard with a single term is merged while the total is still nil, and
// the merge writes into the nil map. The positive beside neg_merge_into_nil_only_when_empty.
package main

import (
	"fmt"
	"maps"
	"sort"
)

type facetCounts map[string]int

func (fc facetCounts) merge(other facetCounts) {
	for term, n := range other {
		fc[term] += n // want "nil map"
	}
}

func mergeShards(shards []facetCounts) facetCounts {
	var total facetCounts
	for _, shard := range shards {
		if total == nil && len(shard) > 1 {
			total = maps.Clone(shard)
			continue
		}
		total.merge(shard)
	}
	return total
}

func main() {
	shards := []facetCounts{{}, {"go": 3}, {"go": 2, "rust": 1}}
	total := mergeShards(shards)
	terms := make([]string, 0, len(total))
	for t := range total {
		terms = append(terms, t)
	}
	sort.Strings(terms)
	fmt.Println(terms, total["go"])
}
