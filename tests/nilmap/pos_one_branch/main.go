// Only one branch makes the map; the other reaches the write with nil.
package main

func main() {
	var m map[int]bool
	if len("ab") > 5 {
		m = make(map[int]bool)
	}
	m[1] = true // want "assignment to entry in nil map"
}
