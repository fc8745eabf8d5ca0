// A local struct's field guarded by == nil before the write.
package main

type registry struct {
	byName map[string]int
}

func main() {
	var r registry
	if r.byName == nil {
		r.byName = map[string]int{}
	}
	r.byName["a"] = 1
}
