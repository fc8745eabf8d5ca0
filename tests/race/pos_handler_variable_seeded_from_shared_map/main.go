// A handler's variable whose address a helper takes (so it lives in memory, loaded and stored
// again after the call) starts out as the server's shared defaults map, not one the handler
// makes: every request rewrites that one map in place. The near miss of
// neg_real_genai_decoded_body_per_request, where the variable only ever holds the request's own
// map.
package main

import (
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
)

type server struct {
	defaults map[string]any
	arrived  chan struct{}
	start    chan struct{}
}

func normalize(body map[string]any) map[string]any {
	for k, v := range body { // other access
		if s, ok := v.(string); ok {
			body[k] = strings.ToUpper(s) // want "concurrent map write"
		}
	}
	return body
}

// seed replaces the map only for an empty request; it reads through the pointer otherwise.
func seed(dst *map[string]any, raw []byte) {
	if len(raw) == 0 && *dst == nil {
		*dst = map[string]any{}
	}
}

func (s *server) ServeHTTP(w http.ResponseWriter, req *http.Request) {
	raw, _ := io.ReadAll(req.Body)
	body := s.defaults
	seed(&body, raw)
	// Every request is in flight before any goes on.
	s.arrived <- struct{}{}
	<-s.start
	body = normalize(body)
	w.WriteHeader(http.StatusNoContent)
}

func main() {
	s := &server{
		defaults: map[string]any{"region": "eu", "tier": "free"},
		arrived:  make(chan struct{}),
		start:    make(chan struct{}),
	}
	srv := httptest.NewServer(s)
	defer srv.Close()
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			resp, err := http.Post(srv.URL, "text/plain", strings.NewReader("x"))
			if err == nil {
				resp.Body.Close()
			}
		}()
	}
	for i := 0; i < 8; i++ {
		<-s.arrived
	}
	close(s.start)
	wg.Wait()
}
