// Reduced from connectrpc.com/connect v1.21.1, handler.go:317 (Handler.ServeHTTP), where
// mapscope check reported `setHeaderCanonical(request.Header, ...)` (header.go:133) by the
// handler registered at client_get_fallback_test.go:31 racing with the read of the same header
// (header.go:109, from handler.go:283) by another instance of the handler. The server builds a
// new *http.Request, with a Header map of its own, for every request it reads, so two instances
// of the handler never share the header they read and rewrite. A near miss: each instance
// writes only the header of its own request. Our own rewrite.
package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
)

// canonicalGet and canonicalSet index the header directly, skipping the key canonicalisation
// of Header.Get and Header.Set, for keys already in canonical form.
func canonicalGet(h http.Header, key string) string {
	if v := h[key]; len(v) > 0 {
		return v[0]
	}
	return ""
}

func canonicalSet(h http.Header, key, value string) {
	h[key] = []string{value}
}

type rpcHandler struct {
	procedure string
	served    atomic.Int64
}

func (h *rpcHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	contentType := strings.ToLower(canonicalGet(r.Header, "Content-Type"))
	// Normalise the request's own header before handing the request on.
	canonicalSet(r.Header, "Content-Type", contentType)
	canonicalSet(r.Header, "Host", r.Host)
	h.served.Add(1)
	fmt.Fprintf(w, "%s %s", h.procedure, canonicalGet(r.Header, "Content-Type"))
}

func main() {
	ping := &rpcHandler{procedure: "/ping.v1.PingService/Ping"}
	mux := http.NewServeMux()
	mux.Handle(ping.procedure, ping)
	server := httptest.NewServer(mux)
	defer server.Close()

	var clients sync.WaitGroup
	for i := range 4 {
		clients.Go(func() {
			req, err := http.NewRequest(http.MethodPost, server.URL+ping.procedure, strings.NewReader("{}"))
			if err != nil {
				return
			}
			req.Header.Set("Content-Type", fmt.Sprintf("Application/JSON; n=%d", i))
			resp, err := server.Client().Do(req)
			if err == nil {
				resp.Body.Close()
			}
		})
	}
	clients.Wait()
	fmt.Println("served", ping.served.Load())
}
