// &T{} leaves the map field nil.
package main

type registry struct {
	byName map[string]int
}

func main() {
	r := &registry{}
	r.byName["a"] = 1 // want "assignment to entry in nil map"
}
