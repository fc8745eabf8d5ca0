// A handler answers at once and hands its audit entry to a background writer goroutine over a
// channel; the writer owns the audit map, and the map is read after the writer has finished.
package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
)

type entry struct{ id, user string }

type server struct {
	entries chan entry
}

func (s *server) order(w http.ResponseWriter, r *http.Request) {
	s.entries <- entry{r.Header.Get("X-Request-Id"), r.Header.Get("X-User")}
	w.WriteHeader(http.StatusAccepted)
}

func main() {
	s := &server{entries: make(chan entry, 16)}
	audit := make(map[string]string)
	written := make(chan struct{})
	go func() {
		for e := range s.entries {
			audit[e.id] = e.user
		}
		close(written)
	}()
	ts := httptest.NewServer(http.HandlerFunc(s.order))
	req, _ := http.NewRequest("POST", ts.URL+"/order", nil)
	req.Header.Set("X-Request-Id", "r1")
	req.Header.Set("X-User", "ada")
	if resp, err := http.DefaultClient.Do(req); err == nil {
		resp.Body.Close()
	}
	ts.Close()
	close(s.entries)
	<-written
	fmt.Println(len(audit))
}
