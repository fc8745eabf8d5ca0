// A rate limiter keeps a fixed ring of per-second slots in an array field; new(limiter) leaves
// every slot's client map nil, and the first request writes into the current slot.
package main

import "fmt"

const window = 8

type slot struct {
	second  int64
	clients map[string]int
}

type limiter struct {
	limit int
	ring  [window]slot
}

func newLimiter(limit int) *limiter {
	l := new(limiter)
	l.limit = limit
	return l
}

func (l *limiter) allow(client string, now int64) bool {
	s := &l.ring[now%window]
	if s.second != now {
		s.second = now
		clear(s.clients)
	}
	if s.clients[client] >= l.limit {
		return false
	}
	s.clients[client]++ // want "nil map"
	return true
}

func main() {
	l := newLimiter(2)
	for i := 0; i < 3; i++ {
		fmt.Println(l.allow("10.0.0.7", 1700000000))
	}
}
