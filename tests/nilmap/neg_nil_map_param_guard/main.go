// A map that may be nil is made when it is, in a helper that returns it.
package main

func add(m map[string]int, k string) map[string]int {
	if m == nil {
		m = make(map[string]int)
	}
	m[k]++
	return m
}

func main() {
	var m map[string]int
	m = add(m, "a")
	m = add(m, "a")
	_ = m
}
