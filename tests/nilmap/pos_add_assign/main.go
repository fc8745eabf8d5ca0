// m[k] += v writes to the map.
package main

func main() {
	var total map[string]float64
	total["x"] += 2.5 // want "assignment to entry in nil map"
}
