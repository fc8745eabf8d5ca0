// A rate limiter keeps a fixed ring of per-second slots in an array field; the constructor makes
// every slot's client map, so clearing a slot and counting in it are both safe.
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
	for i := range l.ring {
		l.ring[i].clients = make(map[string]int)
	}
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
	s.clients[client]++
	return true
}

func main() {
	l := newLimiter(2)
	for i := 0; i < 3; i++ {
		fmt.Println(l.allow("10.0.0.7", 1700000000))
	}
}
