// A map declared without a value is nil; writing to it panics.
package main

func main() {
	var counts map[string]int
	counts["a"] = 1 // want "assignment to entry in nil map"
}
