// Shape of a real fix: sunriselayer/sunrise PR #216 ("hotfix: nil map panic"). A keeper tallied
// proofs in a map of maps and made the outer map but not the inner one for a new index.
// This program is our own reproduction of that shape, not the project's code.
package main

import "fmt"

type proof struct {
	shard     uint64
	validator string
}

func tally(proofs []proof) map[uint64]map[string]bool {
	submitted := make(map[uint64]map[string]bool)
	for _, p := range proofs {
		submitted[p.shard][p.validator] = true // want "nil map|inner map"
	}
	return submitted
}

func main() {
	got := tally([]proof{{0, "val-a"}, {1, "val-b"}})
	fmt.Println(len(got))
}
