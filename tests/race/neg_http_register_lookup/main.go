// A service registry over HTTP: POST /register adds an instance and GET /lookup reads one,
// both under one RWMutex (Lock to write, RLock to read).
package main

import (
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
)

func main() {
	instances := map[string]string{"billing": "10.0.0.7:8080"}
	var mu sync.RWMutex
	var arrived sync.WaitGroup
	arrived.Add(2)

	mux := http.NewServeMux()
	mux.HandleFunc("POST /register", func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		name, addr, _ := strings.Cut(string(body), "=")
		arrived.Done()
		arrived.Wait()
		mu.Lock()
		instances[name] = addr
		mu.Unlock()
		w.WriteHeader(http.StatusCreated)
	})
	mux.HandleFunc("GET /lookup", func(w http.ResponseWriter, r *http.Request) {
		arrived.Done()
		arrived.Wait()
		mu.RLock()
		addr, ok := instances[r.URL.Query().Get("name")]
		mu.RUnlock()
		if !ok {
			http.NotFound(w, r)
			return
		}
		fmt.Fprint(w, addr)
	})
	ts := httptest.NewServer(mux)
	defer ts.Close()

	var clients sync.WaitGroup
	clients.Go(func() {
		resp, err := http.Post(ts.URL+"/register", "text/plain", strings.NewReader("search=10.0.0.9:8080"))
		if err == nil {
			resp.Body.Close()
		}
	})
	clients.Go(func() {
		resp, err := http.Get(ts.URL + "/lookup?name=billing")
		if err == nil {
			resp.Body.Close()
		}
	})
	clients.Wait()
	fmt.Println(len(instances))
}
