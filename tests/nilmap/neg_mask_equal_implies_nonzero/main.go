// A near miss of a bit test: the map is made when the mode is not zero (in the else branch of
// `mode == 0`), and written only when `mode&verbose == verbose`, which cannot hold for a zero
// mode since verbose has a bit set. Our own program.
package main

import "fmt"

type mode uint8

const (
	quiet   mode = 1 << 0
	verbose mode = 1 << 2
)

type report struct {
	name  string
	notes map[string]int
}

func build(name string, m mode, words []string) report {
	r := report{name: name}
	if m == 0 {
		fmt.Println("no mode")
	} else {
		r.notes = make(map[string]int)
	}
	for _, w := range words {
		if m&verbose == verbose {
			r.notes[w]++
		}
	}
	return r
}

func main() {
	for _, m := range []mode{0, quiet, verbose, quiet | verbose} {
		r := build("r", m, []string{"a", "b", "a"})
		fmt.Println(r.name, len(r.notes))
	}
}
