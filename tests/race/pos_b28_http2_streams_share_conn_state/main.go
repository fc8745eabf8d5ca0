// An API gateway keeps per-connection state (requests seen per path, for abuse heuristics) in a
// struct that ConnContext attaches to each connection. Under HTTP/1.1 a connection serves one
// request at a time, so the struct had no lock; after HTTP/2 was enabled, the streams of one
// connection run their handlers in parallel goroutines and write the same map together.
package main

import (
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"sync"
)

type connKey struct{}

type connState struct {
	remote   string
	requests map[string]int
}

func main() {
	var inFlight sync.WaitGroup // the two API calls are in their handlers together
	inFlight.Add(2)
	srv := httptest.NewUnstartedServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		st := r.Context().Value(connKey{}).(*connState)
		if r.URL.Path != "/warmup" {
			inFlight.Done()
			inFlight.Wait()
		}
		st.requests[r.URL.Path]++ // want "concurrent map write"
		fmt.Fprintf(w, "%s %s", r.Proto, r.URL.Path)
	}))
	srv.Config.ConnContext = func(ctx context.Context, c net.Conn) context.Context {
		return context.WithValue(ctx, connKey{}, &connState{remote: c.RemoteAddr().String(), requests: map[string]int{}})
	}
	srv.EnableHTTP2 = true
	srv.StartTLS()
	defer srv.Close()
	client := srv.Client()

	get := func(path string) string {
		resp, err := client.Get(srv.URL + path)
		if err != nil {
			return err.Error()
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return string(b)
	}
	first := get("/warmup") // opens the connection the two calls share
	var wg sync.WaitGroup
	var orders, invoices string
	wg.Go(func() { orders = get("/orders") })
	wg.Go(func() { invoices = get("/invoices") })
	wg.Wait()
	fmt.Println(first, "|", orders, "|", invoices)
}
