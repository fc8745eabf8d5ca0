// Reduced from github.com/twmb/franz-go v1.22.3, pkg/kgo/internal/sticky/optimality_test.go:145
// (TestBalanceIsOptimal), where mapscope check reported a nil-map write to `partitionRacks`: the
// map is made under `if nracks > 0` and written, in a loop, under another `if nracks > 0` of the
// same unchanged variable, so the write never sees it nil. A near miss: the same comparison of
// the same value written twice is one condition (with the comparison kept in a bool variable
// the write is not reported). Our own rewrite.
package main

import (
	"fmt"
	"math/rand"
)

type topicPartition struct {
	topic     string
	partition int
}

func main() {
	rackNames := []string{"", "a", "b", "c"}
	for seed := int64(0); seed < 20; seed++ {
		rng := rand.New(rand.NewSource(seed))
		topics := map[string]int{"t0": 1 + rng.Intn(3), "t1": 1 + rng.Intn(3)}
		names := []string{"t0", "t1"}
		nracks := rng.Intn(4) // 0 is a group with no racks at all

		var parts []topicPartition
		var partRack []int
		var partitionRacks map[string][]string
		if nracks > 0 {
			partitionRacks = make(map[string][]string, len(names))
		}
		for _, name := range names {
			rs := make([]string, topics[name])
			for p := range rs {
				parts = append(parts, topicPartition{name, p})
				r := rng.Intn(nracks + 1)
				partRack = append(partRack, r)
				rs[p] = rackNames[r]
			}
			if nracks > 0 {
				partitionRacks[name] = rs
			}
		}
		fmt.Println(seed, len(parts), len(partRack), len(partitionRacks))
	}
}
