// A map reset to nil before the write.
package main

func main() {
	m := map[string]int{"a": 1}
	m = nil
	m["b"] = 2 // want "assignment to entry in nil map"
}
