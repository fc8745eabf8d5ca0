// Lazy initialisation guarded by == nil.
package main

func main() {
	var m map[string]int
	if m == nil {
		m = make(map[string]int)
	}
	m["a"] = 1
}
