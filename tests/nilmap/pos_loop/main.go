// A write inside a loop to a map that is never made.
package main

func main() {
	var seen map[int]struct{}
	for i := 0; i < 3; i++ {
		seen[i] = struct{}{} // want "assignment to entry in nil map"
	}
}
