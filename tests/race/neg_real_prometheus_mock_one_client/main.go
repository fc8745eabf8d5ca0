// Reduced from prometheus/prometheus v0.316.0, discovery/moby/mock_test.go:83
// (SDMock.SetupHandlers), where mapscope check reported the mock Docker API's handler writing
// `m.calls` without a lock, racing with another instance of itself. The mock serves one
// discovery client, which its test drives from one goroutine: each refresh asks for the
// endpoints one after the other and reads every response before the next request, so no two
// handler calls overlap (the race detector orders a request's write to the socket before the
// handler's read of it). A near miss: one client, requests in sequence. Our own rewrite.
package main

import (
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
)

type sdMock struct {
	mux    *http.ServeMux
	server *httptest.Server
	calls  map[string]int
}

func newSDMock() *sdMock {
	return &sdMock{mux: http.NewServeMux(), calls: make(map[string]int)}
}

func (m *sdMock) setup() {
	m.server = httptest.NewServer(m.mux)
	m.setupHandlers()
}

func (m *sdMock) setupHandlers() {
	for _, path := range []string{"_ping", "services", "tasks", "nodes"} {
		p := path
		m.mux.HandleFunc("/"+p, func(w http.ResponseWriter, r *http.Request) {
			// Each endpoint is asked once per refresh.
			m.calls[r.RequestURI]++
			if m.calls[r.RequestURI] != 1 {
				w.WriteHeader(http.StatusTooManyRequests)
				return
			}
			fmt.Fprintf(w, "[%q]", strings.ToUpper(p))
		})
	}
}

// refresh asks the API for every endpoint in turn, as the swarm discovery does.
func refresh(client *http.Client, base string) ([]string, error) {
	var out []string
	for _, path := range []string{"/_ping", "/services", "/tasks", "/nodes"} {
		resp, err := client.Get(base + path)
		if err != nil {
			return nil, err
		}
		body, err := io.ReadAll(resp.Body)
		resp.Body.Close()
		if err != nil {
			return nil, err
		}
		out = append(out, string(body))
	}
	return out, nil
}

func main() {
	m := newSDMock()
	m.setup()
	defer m.server.Close()
	out, err := refresh(m.server.Client(), m.server.URL)
	if err != nil {
		panic(err)
	}
	fmt.Println(out)
}
