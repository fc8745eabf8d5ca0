// Per-endpoint stats are kept by value in a map; a new endpoint's zero Stats has a nil histogram.
package main

import "fmt"

type Stats struct {
	calls int
	byMS  map[int]int
}

func observe(all map[string]Stats, endpoint string, ms int) {
	s := all[endpoint]
	s.calls++
	s.byMS[ms/10*10]++ // want "nil map"
	all[endpoint] = s
}

func main() {
	all := map[string]Stats{"/": {byMS: map[int]int{}}}
	observe(all, "/", 12)
	observe(all, "/search", 48)
	fmt.Println(all["/"].calls)
}
