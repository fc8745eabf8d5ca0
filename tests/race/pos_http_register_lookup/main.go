// A service registry over HTTP: POST /register adds an instance and GET /lookup reads one.
// The handlers of a ServeMux run concurrently with each other, and the map has no lock.
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
	var arrived sync.WaitGroup
	arrived.Add(2)

	mux := http.NewServeMux()
	mux.HandleFunc("POST /register", func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		name, addr, _ := strings.Cut(string(body), "=")
		arrived.Done()
		arrived.Wait()
		// Registered under its name and its versioned name, which clients pin.
		for _, key := range []string{name, name + "@v1"} {
			instances[key] = addr // want "concurrent map write"
		}
		w.WriteHeader(http.StatusCreated)
	})
	mux.HandleFunc("GET /lookup", func(w http.ResponseWriter, r *http.Request) {
		arrived.Done()
		arrived.Wait()
		addr, ok := instances[r.URL.Query().Get("name")] // other access
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
