// A zero-valued struct's map field is nil.
package main

type registry struct {
	byName map[string]int
}

func main() {
	var r registry
	r.byName["a"] = 1 // want "assignment to entry in nil map"
}
