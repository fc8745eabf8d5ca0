// An OAuth client refreshes its token through singleflight under one constant key, and counts
// refresh attempts per identity provider inside the flight. Flights of one key never overlap:
// a second caller either joins the running flight or starts after it has finished, so the
// attempts map is only ever touched by one flight at a time.
package main

import (
	"fmt"
	"sync"

	"golang.org/x/sync/singleflight"
)

type tokenSource struct {
	flights  singleflight.Group
	attempts map[string]int // provider -> refreshes, touched only inside the "token" flight
	provider string
}

func (t *tokenSource) token() string {
	v, _, _ := t.flights.Do("token", func() (any, error) {
		t.attempts[t.provider]++
		return fmt.Sprintf("tok-%d", t.attempts[t.provider]), nil
	})
	return v.(string)
}

func main() {
	t := &tokenSource{attempts: make(map[string]int), provider: "accounts.example"}
	var ready, wg sync.WaitGroup
	ready.Add(2)
	got := make([]string, 2)
	for i := range 2 {
		wg.Go(func() {
			ready.Done()
			ready.Wait()
			got[i] = t.token()
		})
	}
	wg.Wait()
	fmt.Println(len(got[0]) > 0, len(got[1]) > 0, t.attempts["accounts.example"] > 0)
}
