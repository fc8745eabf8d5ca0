// Near miss of pos_fix_nested_map_shard_proofs, the fixed code of
// https://github.com/sunriselayer/sunrise/pull/216 ("hotfix: nil map panic", commit ed45d6fb):
// the set of senders of a shard is made the first time the shard is seen.
package main

import (
	"fmt"
	"sort"
)

type proof struct {
	sender  string
	indices []int64
}

type blob struct {
	uri    string
	shards int
	proofs []proof
}

func tally(b blob) (map[int64]int64, map[int64]map[string]bool) {
	counts := make(map[int64]int64)
	submitted := make(map[int64]map[string]bool)
	for _, p := range b.proofs {
		for _, index := range p.indices {
			counts[index]++
			if submitted[index] == nil {
				submitted[index] = make(map[string]bool)
			}
			submitted[index][p.sender] = true
		}
	}
	return counts, submitted
}

func main() {
	b := blob{
		uri:    "ipfs://meta-1",
		shards: 4,
		proofs: []proof{
			{sender: "val-a", indices: []int64{0, 2}},
			{sender: "val-b", indices: []int64{2, 3}},
		},
	}
	counts, submitted := tally(b)
	var safe []int64
	for index, n := range counts {
		if n >= 2 && len(submitted[index]) >= 2 {
			safe = append(safe, index)
		}
	}
	sort.Slice(safe, func(i, j int) bool { return safe[i] < safe[j] })
	fmt.Println(b.uri, "safe shards:", safe)
}
