// The rate limiter's buckets are made before the first request.
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

func NewLimiter(limit int) *Limiter {
	l := &Limiter{limit: limit}
	for i := range l.window {
		l.window[i].hits = map[string]int{}
	}
	return l
}

func (l *Limiter) Allow(client string, second int) bool {
	b := &l.window[second%buckets]
	if b.hits[client] >= l.limit {
		return false
	}
	b.hits[client]++
	return true
}

func main() {
	l := NewLimiter(2)
	for i := 0; i < 3; i++ {
		fmt.Println(l.Allow("10.0.0.1", 17))
	}
}
