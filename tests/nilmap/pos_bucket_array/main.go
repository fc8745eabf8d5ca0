// A fixed array of buckets of a rate limiter; each bucket's map is nil.
package main

import "fmt"

const buckets = 8

type bucket struct {
	hits map[string]int
}

type Limiter struct {
	window [buckets]bucket
	limit  int
}

func (l *Limiter) Allow(client string, second int) bool {
	b := &l.window[second%buckets]
	if b.hits[client] >= l.limit {
		return false
	}
	b.hits[client]++ // want "nil map"
	return true
}

func main() {
	l := Limiter{limit: 2}
	fmt.Println(l.Allow("10.0.0.1", 17))
}
