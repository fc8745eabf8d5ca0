// A handler sets a header through http.ResponseWriter. The program also has a counting writer
// whose Header() returns nil, used only to count bytes: the handler only ever gets a real
// writer, so the interface call must not be taken to reach the module's one Header method.
// (Found on prometheus/client_golang, whose test mock of ResponseWriter returns a nil header.)
package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
)

type countingWriter struct{ n int }

func (c *countingWriter) Header() http.Header { return nil }

func (c *countingWriter) Write(p []byte) (int, error) {
	c.n += len(p)
	return len(p), nil
}

func (c *countingWriter) WriteHeader(int) {}

func version(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("X-Version", "1.4.2")
	fmt.Fprint(w, "ok")
}

func main() {
	rec := httptest.NewRecorder()
	version(rec, httptest.NewRequest(http.MethodGet, "/version", nil))
	c := &countingWriter{}
	fmt.Fprint(c, "hello")
	fmt.Println(rec.Header().Get("X-Version"), c.n)
}
