// The field is filled on one branch only.
package main

type registry struct {
	byName map[string]int
}

func main() {
	r := &registry{}
	if len("abc") > 10 {
		r.byName = map[string]int{}
	}
	r.byName["a"] = 1 // want "assignment to entry in nil map"
}
