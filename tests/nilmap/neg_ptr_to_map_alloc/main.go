// The counter helper allocates *into before writing through the pointer.
package main

import "fmt"

func count(into *map[string]int, words []string) {
	if *into == nil {
		*into = make(map[string]int)
	}
	for _, w := range words {
		(*into)[w]++
	}
}

func main() {
	var freq map[string]int
	count(&freq, []string{"to", "be", "or", "not", "to", "be"})
	fmt.Println(freq)
}
