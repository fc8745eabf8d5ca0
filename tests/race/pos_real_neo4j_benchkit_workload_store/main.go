// A real race found by mapscope check in neo4j/neo4j-go-driver v5.28.4,
// benchkit-backend/workload.go:94: the benchmark backend registers its handlers with
// http.HandleFunc (main.go:32), so net/http serves every request on a goroutine of its own, and
// POST /workload stores the new workload with `w.workloads[workloadId] = wl` (and `w.id++`)
// while GET, PATCH and DELETE /workload/{id} read or delete entries of the same map, with no
// lock anywhere in the backend. Two requests in flight at once race on the map (two POSTs also
// race on the id counter). This program is our own reproduction of that shape, not the
// project's code: one POST first (it makes the map), then a POST and a GET at once, from two
// clients of an httptest server.
package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
)

type workload struct{ queries []string }

type workloads struct {
	id        int
	workloads map[string]*workload
}

func (w *workloads) store(wl *workload) string {
	if w.workloads == nil {
		w.id = 0
		w.workloads = make(map[string]*workload)
	}
	w.id++
	workloadID := strconv.Itoa(w.id)
	w.workloads[workloadID] = wl // want "concurrent map write"
	return workloadID
}

func (w *workloads) fetch(workloadID string) (*workload, bool) {
	value, ok := w.workloads[workloadID] // other access
	return value, ok
}

type backend struct{ workloads workloads }

func (b *backend) workloadHandler(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	id := b.workloads.store(&workload{queries: []string{r.URL.Query().Get("query")}})
	w.Header().Set("Location", "/workload/"+id)
	w.WriteHeader(http.StatusCreated)
}

func (b *backend) workloadWithIDHandler(w http.ResponseWriter, r *http.Request) {
	id := strings.TrimPrefix(r.URL.Path, "/workload/")
	if _, ok := b.workloads.fetch(id); !ok {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	w.WriteHeader(http.StatusOK)
}

// send makes one request with the client's kept-alive connection.
func send(client *http.Client, method, url string, concurrent bool) int {
	req, err := http.NewRequest(method, url, nil)
	if err != nil {
		return 0
	}
	if concurrent {
		req.Header.Set("X-Concurrent", "1")
	}
	resp, err := client.Do(req)
	if err != nil {
		return 0
	}
	resp.Body.Close()
	return resp.StatusCode
}

// inFlight holds each request marked as concurrent until the other one has arrived too: a
// barrier before the accesses, so that both handlers run at once (the server's buffer pools
// would otherwise order a handler that finished before the other request was accepted).
func inFlight(next http.Handler) http.Handler {
	var arrived sync.WaitGroup
	arrived.Add(2)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("X-Concurrent") != "" {
			arrived.Done()
			arrived.Wait()
		}
		next.ServeHTTP(w, r)
	})
}

func main() {
	b := &backend{}
	http.HandleFunc("/workload", b.workloadHandler)
	http.HandleFunc("/workload/", b.workloadWithIDHandler)
	srv := httptest.NewServer(inFlight(http.DefaultServeMux))
	defer srv.Close()
	// Two benchmark clients, each with a connection of its own.
	poster := &http.Client{Transport: &http.Transport{}}
	getter := &http.Client{Transport: &http.Transport{}}

	first := send(poster, http.MethodPost, srv.URL+"/workload?query=RETURN+1", false)
	var wg sync.WaitGroup
	var posted int
	wg.Go(func() { posted = send(poster, http.MethodPost, srv.URL+"/workload?query=RETURN+2", true) })
	got := send(getter, http.MethodGet, srv.URL+"/workload/1", true)
	wg.Wait()
	fmt.Println(first, posted, got)
}
