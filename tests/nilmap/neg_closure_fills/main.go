// A closure that captures the struct fills the field before the write: not reported.
package main

type registry struct {
	byName map[string]int
}

func main() {
	var r registry
	fill := func() { r.byName = map[string]int{} }
	fill()
	r.byName["a"] = 1
}
