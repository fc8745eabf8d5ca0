// A rate limiter makes its per-client token table lazily through a sync.OnceFunc that every
// Allow calls first. The admin Reset drops the table by setting it to nil, but the OnceFunc has
// already run and never makes it again, so the first Allow after a reset writes into nil.
package main

import (
	"fmt"
	"sync"
)

type Limiter struct {
	burst  int
	tokens map[string]int
	init   func()
}

func NewLimiter(burst int) *Limiter {
	l := &Limiter{burst: burst}
	l.init = sync.OnceFunc(func() { l.tokens = make(map[string]int) })
	return l
}

func (l *Limiter) Allow(client string) bool {
	l.init()
	n, ok := l.tokens[client]
	if !ok {
		n = l.burst
	}
	if n == 0 {
		return false
	}
	l.tokens[client] = n - 1 // want "nil map"
	return true
}

func (l *Limiter) Reset() {
	l.tokens = nil
}

func main() {
	l := NewLimiter(2)
	for _, c := range []string{"10.0.0.7", "10.0.0.7", "10.0.0.7"} {
		fmt.Println(c, l.Allow(c))
	}
	l.Reset()
	fmt.Println("10.0.0.9", l.Allow("10.0.0.9"))
}
