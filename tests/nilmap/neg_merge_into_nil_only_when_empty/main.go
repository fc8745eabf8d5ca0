// A search aggregator merges per-shard facet counts: the first non-empty shard's counts are
// cloned as the total, and later shards are merged in. The total is still nil only while every
// shard so far was empty, and then the merge loops over an empty shard and writes nothing. A
// near miss: a nil map written only in a callee's loop over a map the caller found empty.
package main

import (
	"fmt"
	"maps"
	"sort"
)

type facetCounts map[string]int

func (fc facetCounts) merge(other facetCounts) {
	for term, n := range other {
		fc[term] += n
	}
}

func mergeShards(shards []facetCounts) facetCounts {
	var total facetCounts
	for _, shard := range shards {
		if total == nil && len(shard) != 0 {
			total = maps.Clone(shard)
			continue
		}
		total.merge(shard)
	}
	return total
}

func main() {
	shards := []facetCounts{{}, nil, {"go": 3, "rust": 1}, {}, {"go": 2}}
	total := mergeShards(shards)
	terms := make([]string, 0, len(total))
	for t := range total {
		terms = append(terms, t)
	}
	sort.Strings(terms)
	fmt.Println(terms, total["go"])
}
