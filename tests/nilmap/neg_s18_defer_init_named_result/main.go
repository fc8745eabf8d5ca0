// A rate limiter's constructor returns a struct literal by value and defers the pointer method
// that makes its bucket table. The result is named, so the return statement stores the literal
// in it, the deferred init then makes the table in that stored copy, and the caller receives
// the copy with its table made: every Allow writes into a map that exists.
package main

import (
	"fmt"
	"sort"
)

type Limiter struct {
	burst   int
	buckets map[string]int
}

func (l *Limiter) init() {
	l.buckets = make(map[string]int)
}

func NewLimiter(burst int) (l Limiter) {
	defer l.init()
	return Limiter{burst: burst}
}

func (l *Limiter) Allow(client string) bool {
	used := l.buckets[client]
	if used >= l.burst {
		return false
	}
	l.buckets[client] = used + 1
	return true
}

func main() {
	lim := NewLimiter(2)
	for _, c := range []string{"web", "web", "cli", "web"} {
		fmt.Println(c, lim.Allow(c))
	}
	clients := make([]string, 0, len(lim.buckets))
	for c := range lim.buckets {
		clients = append(clients, c)
	}
	sort.Strings(clients)
	fmt.Println(clients)
}
