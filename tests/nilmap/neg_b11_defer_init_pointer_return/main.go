// An upload service tracks in-flight transfers. NewTracker defers the method that makes the
// in-flight table, meaning it to run "at the end" of construction; the constructor returns a
// pointer, so the deferred init, which runs after the return statement, still makes the table of
// the Tracker the caller gets.
package main

import (
	"fmt"
	"sort"
	"time"
)

type Tracker struct {
	name     string
	limit    int
	inflight map[string]time.Time
}

func (t *Tracker) init() {
	t.inflight = make(map[string]time.Time, t.limit)
}

func NewTracker(name string, limit int) *Tracker {
	t := &Tracker{name: name, limit: limit}
	defer t.init()
	return t
}

func (t *Tracker) Begin(id string, now time.Time) bool {
	if len(t.inflight) >= t.limit {
		return false
	}
	t.inflight[id] = now
	return true
}

func (t *Tracker) End(id string, now time.Time) time.Duration {
	started, ok := t.inflight[id]
	if !ok {
		return 0
	}
	delete(t.inflight, id)
	return now.Sub(started)
}

func (t *Tracker) Pending() []string {
	ids := make([]string, 0, len(t.inflight))
	for id := range t.inflight {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	return ids
}

func main() {
	now := time.Date(2025, 6, 2, 9, 30, 0, 0, time.UTC)
	tr := NewTracker("uploads", 4)
	for _, id := range []string{"u-81", "u-82", "u-83"} {
		tr.Begin(id, now)
	}
	took := tr.End("u-82", now.Add(1500*time.Millisecond))
	fmt.Println(tr.name, "pending", tr.Pending(), "u-82 took", took)
}
