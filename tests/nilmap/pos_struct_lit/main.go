// T{} leaves the map field nil.
package main

type registry struct {
	byName map[string]int
	n      int
}

func main() {
	r := registry{n: 1}
	r.byName["a"] = r.n // want "assignment to entry in nil map"
}
