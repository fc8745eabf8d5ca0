// A counter helper takes a pointer to a map and writes through it without making it.
package main

import "fmt"

func count(into *map[string]int, words []string) {
	for _, w := range words {
		(*into)[w]++ // want "nil map"
	}
}

func main() {
	var freq map[string]int
	count(&freq, []string{"to", "be", "or", "not", "to", "be"})
	fmt.Println(freq)
}
