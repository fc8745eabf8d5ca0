// A mock API server for a discovery client's tests counts the calls per endpoint in a plain
// map; two clients refresh at once, so two handler calls write the map together. The positive
// beside neg_real_prometheus_mock_one_client, whose single client sends its requests in turn.
package main

import (
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"sync"
)

type apiMock struct {
	mux     *http.ServeMux
	server  *httptest.Server
	calls   map[string]int
	arrived sync.WaitGroup
}

func newAPIMock(clients int) *apiMock {
	m := &apiMock{mux: http.NewServeMux(), calls: make(map[string]int)}
	m.arrived.Add(clients)
	m.server = httptest.NewServer(m.mux)
	m.mux.HandleFunc("/nodes", func(w http.ResponseWriter, r *http.Request) {
		m.calls[r.URL.Path]++ // want "concurrent map write"
		// Answer once every client has asked, as a slow backend would.
		m.arrived.Done()
		m.arrived.Wait()
		io.WriteString(w, `["node-1"]`)
	})
	return m
}

func refresh(client *http.Client, base string) (string, error) {
	resp, err := client.Get(base + "/nodes")
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	return string(body), err
}

func main() {
	const clients = 2
	m := newAPIMock(clients)
	defer m.server.Close()
	var wg sync.WaitGroup
	results := make([]string, clients)
	for i := range clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			out, err := refresh(m.server.Client(), m.server.URL)
			if err != nil {
				panic(err)
			}
			results[i] = out
		}()
	}
	wg.Wait()
	fmt.Println(results)
}
