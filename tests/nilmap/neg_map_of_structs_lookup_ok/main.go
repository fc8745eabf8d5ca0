// A new endpoint's Stats is built with its histogram when the lookup misses.
package main

import "fmt"

type Stats struct {
	calls int
	byMS  map[int]int
}

func observe(all map[string]Stats, endpoint string, ms int) {
	s, ok := all[endpoint]
	if !ok {
		s = Stats{byMS: map[int]int{}}
	}
	s.calls++
	s.byMS[ms/10*10]++
	all[endpoint] = s
}

func main() {
	all := map[string]Stats{}
	observe(all, "/", 12)
	observe(all, "/search", 48)
	fmt.Println(all["/"].calls)
}
