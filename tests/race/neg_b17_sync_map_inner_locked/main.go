// An API gateway keeps per-user endpoint counts in a sync.Map whose values are structs holding a
// map and the mutex that guards it. Two requests of the same user get the same struct and
// increment its map under its mutex.
package main

import (
	"os"
	"sort"
	"strconv"
	"strings"
	"sync"
)

type userCounts struct {
	mu     sync.Mutex
	counts map[string]int
}

type Usage struct {
	perUser sync.Map // user -> *userCounts
}

func (u *Usage) Record(user, endpoint string) {
	v, _ := u.perUser.LoadOrStore(user, &userCounts{counts: make(map[string]int)})
	uc := v.(*userCounts)
	uc.mu.Lock()
	uc.counts[endpoint]++
	uc.mu.Unlock()
}

func (u *Usage) Report() string {
	var lines []string
	u.perUser.Range(func(k, v any) bool {
		uc := v.(*userCounts)
		uc.mu.Lock()
		defer uc.mu.Unlock()
		for ep, n := range uc.counts {
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
