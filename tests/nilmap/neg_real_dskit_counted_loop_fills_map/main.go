// Reduced from github.com/grafana/dskit (v0.0.0-20260703122047-de1ec7541c44),
// ring/spread_minimizing_token_generator_test.go:512: a zero struct's map is made lazily by a
// method called inside a counted loop whose bound is a local set to a positive constant, so the
// loop runs at least once and the map exists at the write after it. A near miss: the loop is
// taken as possibly running zero times, which leaves the map nil on a path to the write. Our own
// rewrite.
package main

import "fmt"

type roster struct {
	members map[string]int
}

// join makes the map on first use, as the ring's Desc.AddIngester does.
func (r *roster) join(name string, rank int) {
	if r.members == nil {
		r.members = map[string]int{}
	}
	r.members[name] = rank
}

func main() {
	count := 8
	r := &roster{}
	for i := 0; i < count; i++ {
		r.join(fmt.Sprintf("node-%d", i), i)
	}
	last := fmt.Sprintf("node-%d", count-1)
	r.members[last] = -1
	fmt.Println(len(r.members), r.members[last])
}
