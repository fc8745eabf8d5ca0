// A feature-flag service is tested against an httptest server whose handler serves the flag
// table. The test starts a background prober with the server's URL before it finishes loading
// the table, so the handler reads the map while the test is still writing it. (Near miss of
// neg_real_oauth2_creds_trimmed_before_request, where the only request follows the writes.)
package main

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"sync"
)

type flagServer struct {
	flags map[string]bool
}

func (s *flagServer) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body, _ := json.Marshal(s.flags) // other access
	w.Write(body)
}

func probe(url string, n int) int {
	ok := 0
	for i := 0; i < n; i++ {
		resp, err := http.Get(url)
		if err != nil {
			continue
		}
		io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		ok++
	}
	return ok
}

func main() {
	srv := &flagServer{flags: map[string]bool{"dark-mode": true}}
	ts := httptest.NewServer(srv)
	defer ts.Close()

	var wg sync.WaitGroup
	started := make(chan struct{})
	wg.Add(1)
	go func() {
		defer wg.Done()
		close(started)
		fmt.Println("probes answered:", probe(ts.URL, 50))
	}()
	<-started
	for i := 0; i < 200; i++ {
		srv.flags[fmt.Sprintf("experiment-%d", i)] = i%2 == 0 // want "concurrent map write"
	}
	wg.Wait()
	fmt.Println(len(srv.flags), "flags")
}
