// Shape of a real fix: sunriselayer/sunrise PR #216 ("hotfix: nil map panic"), after the fix:
// the inner map is made the first time an index is seen.
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
		if _, ok := submitted[p.shard]; !ok {
			submitted[p.shard] = make(map[string]bool)
		}
		submitted[p.shard][p.validator] = true
	}
	return submitted
}

func main() {
	got := tally([]proof{{0, "val-a"}, {1, "val-b"}, {1, "val-c"}})
	fmt.Println(len(got), len(got[1]))
}
