// The write happens only when the map is not nil.
package main

func main() {
	var m map[string]int
	if m != nil {
		m["a"] = 1
	}
}
