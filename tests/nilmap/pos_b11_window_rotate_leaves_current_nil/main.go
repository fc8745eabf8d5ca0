// A sliding-window rate limiter keeps the previous and the current minute's counts. rotate moves
// the current window to the previous slot and leaves the new current window nil, to be made by
// AllowN on its next hit; Allow's fast path increments the current window directly, so the first
// request of a new minute writes into a nil map.
package main

import (
	"fmt"
	"time"
)

type Limiter struct {
	limit int
	start time.Time
	prev  map[string]int
	cur   map[string]int
}

func NewLimiter(limit int, now time.Time) *Limiter {
	return &Limiter{limit: limit, start: now.Truncate(time.Minute), cur: make(map[string]int)}
}

func (l *Limiter) rotate(now time.Time) {
	for now.Sub(l.start) >= time.Minute {
		l.prev, l.cur = l.cur, nil // made on the next hit
		l.start = l.start.Add(time.Minute)
	}
}

func (l *Limiter) estimate(key string, now time.Time) float64 {
	frac := float64(now.Sub(l.start)) / float64(time.Minute)
	return float64(l.prev[key])*(1-frac) + float64(l.cur[key])
}

// AllowN reserves n requests at once (bulk uploads).
func (l *Limiter) AllowN(key string, n int, now time.Time) bool {
	l.rotate(now)
	if l.estimate(key, now)+float64(n) > float64(l.limit) {
		return false
	}
	if l.cur == nil {
		l.cur = make(map[string]int)
	}
	l.cur[key] += n
	return true
}

// Allow is the single-request fast path.
func (l *Limiter) Allow(key string, now time.Time) bool {
	l.rotate(now)
	if l.estimate(key, now) >= float64(l.limit) {
		return false
	}
	l.cur[key]++ // want "nil map"
	return true
}

func main() {
	t0 := time.Date(2025, 3, 1, 12, 0, 0, 0, time.UTC)
	lim := NewLimiter(5, t0)
	allowed := 0
	for i := 0; i < 8; i++ {
		if lim.Allow("10.1.2.3", t0.Add(time.Duration(i)*10*time.Second)) {
			allowed++
		}
	}
	fmt.Println("allowed", allowed, "of 8")
}
