// Writes guarded by reads that a nil map can never satisfy (from reflect.FieldByNameFunc).
package main

func main() {
	var counts map[string]int
	if counts["a"] > 0 {
		counts["a"] = 2
	}
	if _, ok := counts["b"]; ok {
		counts["b"] = 1
	}
	if len(counts) > 0 {
		counts["c"] = 1
	}
	var seen map[string]bool
	if seen["x"] {
		seen["x"] = false
	}
	if counts == nil {
		counts = map[string]int{}
	}
	counts["d"] = 1
}
