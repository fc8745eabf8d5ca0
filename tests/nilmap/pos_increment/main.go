// m[k]++ writes to the map.
package main

func main() {
	var hits map[string]int
	hits["x"]++ // want "assignment to entry in nil map"
}
