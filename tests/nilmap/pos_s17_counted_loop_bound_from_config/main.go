// A roster's map is made lazily by join, called in a counted loop whose bound comes from the
// configuration: with zero replicas configured the loop never runs, the map stays nil, and the
// write after the loop panics. The near miss of neg_real_dskit_counted_loop_fills_map, whose
// bound is a positive constant.
package main

import (
	"fmt"
	"os"
	"strconv"
)

type roster struct {
	members map[string]int
}

func (r *roster) join(name string, rank int) {
	if r.members == nil {
		r.members = map[string]int{}
	}
	r.members[name] = rank
}

func replicas() int {
	n, err := strconv.Atoi(os.Getenv("ROSTER_REPLICAS"))
	if err != nil {
		return 0
	}
	return n
}

func main() {
	count := replicas()
	r := &roster{}
	for i := 0; i < count; i++ {
		r.join(fmt.Sprintf("node-%d", i), i)
	}
	r.members["observer"] = -1 // want "nil map"
	fmt.Println(len(r.members))
}
