// An idempotency filter in front of a payments API remembers the Idempotency-Key of every request
// it has let through in a plain map shared by all requests of the http.Server. Two payments with
// different keys are in the handler at once (the fake ledger holds each until both have arrived),
// and both check and record their key without a lock.
package main

import (
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"time"
)

type Dedup struct {
	seen map[string]time.Time
	next http.Handler
}

func (d *Dedup) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	key := r.Header.Get("Idempotency-Key")
	if key == "" {
		http.Error(w, "missing Idempotency-Key", http.StatusBadRequest)
		return
	}
	if _, dup := d.seen[key]; dup { // other access
		http.Error(w, "duplicate payment", http.StatusConflict)
		return
	}
	d.seen[key] = time.Now() // want "concurrent map write"
	d.next.ServeHTTP(w, r)
}

// ledger books a payment; the test's ledger waits until both payments have reached it.
func ledger(arrived *sync.WaitGroup) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		arrived.Done()
		arrived.Wait()
		body, _ := io.ReadAll(r.Body)
		w.WriteHeader(http.StatusCreated)
		w.Write([]byte("booked " + string(body)))
	})
}

func pay(client *http.Client, url, key, amount string) string {
	req, _ := http.NewRequest(http.MethodPost, url, strings.NewReader(amount))
	req.Header.Set("Idempotency-Key", key)
	resp, err := client.Do(req)
	if err != nil {
		return err.Error()
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	return resp.Status + " " + string(body)
}

func main() {
	var arrived sync.WaitGroup
	arrived.Add(2)
	d := &Dedup{seen: make(map[string]time.Time), next: ledger(&arrived)}
	srv := httptest.NewServer(d)

	out := make([]string, 2)
	var wg sync.WaitGroup
	for i, key := range []string{"pay-7f3a", "pay-91c2"} {
		wg.Go(func() { out[i] = pay(srv.Client(), srv.URL+"/payments", key, "12.50 EUR") })
	}
	wg.Wait()
	srv.Close()
	fmt.Println(out[0])
	fmt.Println(out[1])
	fmt.Println("keys remembered:", len(d.seen))
}
