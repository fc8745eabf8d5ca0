// An API gateway keeps per-user endpoint counts in a sync.Map whose values are plain maps. The
// sync.Map makes LoadOrStore safe, but two requests of the same user get the same inner map
// and both increment it without a lock.
package main

import (
	"os"
	"sort"
	"strconv"
	"strings"
	"sync"
)

type Usage struct {
	perUser sync.Map // user -> map[string]int
}

func (u *Usage) Record(user, endpoint string) {
	v, _ := u.perUser.LoadOrStore(user, make(map[string]int))
	counts := v.(map[string]int)
	counts[endpoint]++ // want "concurrent map write"
}

func (u *Usage) Report() string {
	var lines []string
	u.perUser.Range(func(k, v any) bool {
		for ep, n := range v.(map[string]int) {
			lines = append(lines, k.(string)+" "+ep+" "+strconv.Itoa(n))
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
