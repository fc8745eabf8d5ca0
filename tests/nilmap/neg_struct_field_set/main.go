// Constructors that set the map field before the write.
package main

type registry struct {
	byName map[string]int
}

func main() {
	r := &registry{byName: map[string]int{}}
	r.byName["a"] = 1
	var s registry
	s.byName = make(map[string]int)
	s.byName["b"] = 2
	t := new(registry)
	t.byName = map[string]int{}
	t.byName["c"] = 3
}
