// A map field of a struct literal that does not set it, written to directly.
package main

type registry struct {
	byName map[string]int
}

func main() {
	registry{}.byName["a"] = 1 // want "assignment to entry in nil map"
}
