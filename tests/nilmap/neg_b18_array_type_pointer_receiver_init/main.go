// A rate limiter keeps one counter map per quarter of the hour in a named array type; the
// array's init method has a pointer receiver, so it fills the limiter's own slots before the
// first hit is counted.
package main

import (
	"fmt"
	"time"
)

const quarters = 4

type Window [quarters]map[string]int

func (w *Window) init() {
	for i := range w {
		w[i] = map[string]int{}
	}
}

func (w Window) total(user string) int {
	n := 0
	for _, counts := range w {
		n += counts[user]
	}
	return n
}

type Limiter struct {
	limit  int
	window Window
}

func NewLimiter(limit int) *Limiter {
	l := &Limiter{limit: limit}
	l.window.init()
	return l
}

func (l *Limiter) Allow(user string, at time.Time) bool {
	if l.window.total(user) >= l.limit {
		return false
	}
	l.window[at.Minute()/15][user]++
	return true
}

func main() {
	l := NewLimiter(3)
	start := time.Date(2026, 5, 4, 10, 0, 0, 0, time.UTC)
	for i := 0; i < 5; i++ {
		at := start.Add(time.Duration(i*13) * time.Minute)
		fmt.Println(at.Format("15:04"), l.Allow("u-42", at))
	}
}
