// Reads, len, range, delete and clear on a nil map are safe.
package main

func main() {
	var m map[string]int
	_ = m["a"]
	_, ok := m["b"]
	_ = ok
	_ = len(m)
	for k, v := range m {
		_, _ = k, v
	}
	delete(m, "a")
	clear(m)
}
