// A small API server counts hits per path in its handler struct, which it hands to an
// http.Server through the Handler field rather than a mux. The server runs each request on a
// goroutine of its own, and the counter map has no lock: two requests bump it at once.
package main

import (
	"fmt"
	"io"
	"net"
	"net/http"
	"sync"
)

type api struct {
	arrived sync.WaitGroup
	hits    map[string]int // path -> requests served
}

func (a *api) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	a.arrived.Done()
	a.arrived.Wait()     // both requests are in flight before either counts
	a.hits[r.URL.Path]++ // want "concurrent map write"
	io.WriteString(w, "ok")
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Println(err)
		return
	}
	a := &api{hits: make(map[string]int)}
	a.arrived.Add(2)
	srv := &http.Server{Handler: a}
	go srv.Serve(ln)
	client := &http.Client{Transport: &http.Transport{DisableKeepAlives: true}}
	var wg sync.WaitGroup
	for _, path := range []string{"/v1/users", "/v1/orders"} {
		wg.Go(func() {
			resp, err := client.Get("http://" + ln.Addr().String() + path)
			if err != nil {
				fmt.Println(err)
				return
			}
			resp.Body.Close()
		})
	}
	wg.Wait()
	srv.Close()
	fmt.Println("served")
}
