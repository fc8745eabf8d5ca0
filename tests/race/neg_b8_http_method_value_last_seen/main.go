// A device gateway records the sequence number of each device's last check-in. Devices call
// /ping; the fleet dashboard calls /report, which stamps its own entry under the gateway's
// mutex. Both handlers are registered as method values, and the ping handler takes the same
// mutex for its write.
package main

import (
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
	"sync"
)

type gateway struct {
	mu       sync.Mutex
	arrived  sync.WaitGroup
	lastSeen map[string]int // device -> sequence number of its last check-in
}

func (g *gateway) ping(w http.ResponseWriter, r *http.Request) {
	dev := r.URL.Query().Get("device")
	seq, _ := strconv.Atoi(r.URL.Query().Get("seq"))
	g.arrived.Done()
	g.arrived.Wait() // the dashboard is in flight too
	g.mu.Lock()
	g.lastSeen[dev] = seq
	g.mu.Unlock()
	io.WriteString(w, "pong")
}

func (g *gateway) report(w http.ResponseWriter, r *http.Request) {
	g.arrived.Done()
	g.arrived.Wait()
	g.mu.Lock()
	g.lastSeen["dashboard"] = 0
	g.mu.Unlock()
	io.WriteString(w, "ok")
}

func main() {
	g := &gateway{lastSeen: make(map[string]int)}
	g.arrived.Add(2)
	mux := http.NewServeMux()
	mux.HandleFunc("/ping", g.ping)
	mux.HandleFunc("/report", g.report)
	srv := httptest.NewServer(mux)
	defer srv.Close()
	var wg sync.WaitGroup
	for _, path := range []string{"/ping?device=thermostat-7&seq=41", "/report"} {
		wg.Go(func() {
			resp, err := srv.Client().Get(srv.URL + path)
			if err != nil {
				fmt.Println(err)
				return
			}
			resp.Body.Close()
		})
	}
	wg.Wait()
	fmt.Println("devices:", len(g.lastSeen))
}
