// An API gateway keeps per-user endpoint counts in a sync.Map whose values are maps of atomic
// counters, one per known endpoint, filled before LoadOrStore publishes them. Two requests of
// the same user share the inner map but only read it and add to its counters.
package main

import (
	"os"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
)

var endpoints = []string{"orders", "invoices", "users"}

func newCounters() map[string]*atomic.Int64 {
	m := make(map[string]*atomic.Int64, len(endpoints))
	for _, ep := range endpoints {
		m[ep] = new(atomic.Int64)
	}
	return m
}

type Usage struct {
	perUser sync.Map // user -> map[string]*atomic.Int64
}

func (u *Usage) Record(user, endpoint string) {
	v, _ := u.perUser.LoadOrStore(user, newCounters())
	if c := v.(map[string]*atomic.Int64)[endpoint]; c != nil {
		c.Add(1)
	}
}

func (u *Usage) Report() string {
	var lines []string
	u.perUser.Range(func(k, v any) bool {
		for ep, n := range v.(map[string]*atomic.Int64) {
			lines = append(lines, k.(string)+" "+ep+" "+strconv.FormatInt(n.Load(), 10))
		}
		return true
	})
	sort.Strings(lines)
	return strings.Join(lines, "\n")
}

type request struct {
	user, path string
}

func handle(u *Usage, r request) {
	endpoint, _, _ := strings.Cut(strings.TrimPrefix(r.path, "/"), "/")
	u.Record(r.user, endpoint)
}

func main() {
	u := &Usage{}
	var inflight sync.WaitGroup
	inflight.Go(func() { handle(u, request{"ana", "/orders/17"}) })
	handle(u, request{"ana", "/invoices/2026-01"})
	inflight.Wait()
	os.Stdout.WriteString(u.Report() + "\n")
}
