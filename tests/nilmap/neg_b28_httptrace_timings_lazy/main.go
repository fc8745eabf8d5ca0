// A latency probe times each phase of a request with an httptrace.ClientTrace whose hooks store
// the elapsed time per phase in the tracer's map. The warm-up probe builds its tracer as a
// literal with only the start time, so mark makes the map on the first hook when it is nil.
package main

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/http/httptrace"
	"time"
)

type tracer struct {
	start  time.Time
	phases map[string]time.Duration
}

func newTracer() *tracer {
	return &tracer{start: time.Now(), phases: make(map[string]time.Duration)}
}

func (t *tracer) mark(phase string) {
	if t.phases == nil {
		t.phases = make(map[string]time.Duration)
	}
	t.phases[phase] = time.Since(t.start)
}

func (t *tracer) hooks() *httptrace.ClientTrace {
	return &httptrace.ClientTrace{
		GotConn:              func(httptrace.GotConnInfo) { t.mark("conn") },
		GotFirstResponseByte: func() { t.mark("ttfb") },
	}
}

func probe(client *http.Client, url string, t *tracer) (int, error) {
	ctx := httptrace.WithClientTrace(context.Background(), t.hooks())
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return 0, err
	}
	resp, err := client.Do(req)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	io.Copy(io.Discard, resp.Body)
	return resp.StatusCode, nil
}

func main() {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintln(w, "pong")
	}))
	defer srv.Close()
	client := &http.Client{Timeout: 2 * time.Second}

	// Warm the connection pool first so the measured probe reuses a connection.
	warm := &tracer{start: time.Now()}
	if _, err := probe(client, srv.URL+"/ping", warm); err != nil {
		fmt.Println("warm-up:", err)
	}
	t := newTracer()
	code, err := probe(client, srv.URL+"/ping", t)
	fmt.Println(code, err, t.phases)
}
