// A rate limiter keeps its per-client counters in a map that lives in a one-slot channel:
// whoever receives the map owns it until sending it back, so no mutex is needed. The
// penalty path, like hit, bumps the counter before it sends the map back.
package main

import (
	"fmt"
	"sync"
)

type limiter struct {
	counts chan map[string]int
	limit  int
	held   sync.WaitGroup // done once the penalty path owns the map (the test's barrier)
}

func newLimiter(limit int) *limiter {
	l := &limiter{counts: make(chan map[string]int, 1), limit: limit}
	l.counts <- map[string]int{}
	return l
}

func (l *limiter) hit(client string) {
	m := <-l.counts
	m[client]++
	l.counts <- m
}

func (l *limiter) allowed(client string) bool {
	m := <-l.counts
	defer func() { l.counts <- m }()
	return m[client] <= l.limit
}

func (l *limiter) penalize(client string) {
	m := <-l.counts
	l.held.Done()
	m[client] += l.limit
	l.counts <- m
}

func main() {
	l := newLimiter(3)
	l.held.Add(1)
	var wg sync.WaitGroup
	wg.Go(func() { l.penalize("10.0.0.9") })
	wg.Go(func() {
		l.held.Wait()
		l.hit("10.0.0.7")
	})
	wg.Wait()
	fmt.Println(l.allowed("10.0.0.7"), l.allowed("10.0.0.9"))
}
