// A rate limiter makes its token table through sync.OnceFunc; Close drops the table at
// shutdown, and after it the program only reads the (nil) table to report how many clients
// it saw, which a nil map answers with zero.
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
	l.tokens[client] = n - 1
	return true
}

func (l *Limiter) Clients() int { return len(l.tokens) }

func (l *Limiter) Close() { l.tokens = nil }

func main() {
	l := NewLimiter(1)
	fmt.Println(l.Allow("a"), l.Allow("a"), l.Allow("b"))
	l.Close()
	fmt.Println("clients after close:", l.Clients())
}
