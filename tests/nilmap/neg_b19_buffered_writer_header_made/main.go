// A response-cache middleware runs the handler against its own buffering ResponseWriter and
// keeps what it wrote; the writer is built with its header map made, so a handler setting a
// header through w.Header() writes into it.
package main

import (
	"bytes"
	"fmt"
	"net/http"
	"net/http/httptest"
)

type bufferedResponse struct {
	header http.Header
	status int
	body   bytes.Buffer
}

func (b *bufferedResponse) Header() http.Header         { return b.header }
func (b *bufferedResponse) Write(p []byte) (int, error) { return b.body.Write(p) }
func (b *bufferedResponse) WriteHeader(status int)      { b.status = status }

type cachedResponse struct {
	header http.Header
	status int
	body   []byte
}

func (c cachedResponse) replay(w http.ResponseWriter) {
	for k, vs := range c.header {
		w.Header()[k] = vs
	}
	w.WriteHeader(c.status)
	w.Write(c.body)
}

func cached(next http.Handler) http.Handler {
	store := map[string]cachedResponse{}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if hit, ok := store[r.URL.Path]; ok {
			hit.replay(w)
			return
		}
		buf := &bufferedResponse{header: http.Header{}, status: http.StatusOK}
		next.ServeHTTP(buf, r)
		resp := cachedResponse{header: buf.header, status: buf.status, body: buf.body.Bytes()}
		if resp.status == http.StatusOK {
			store[r.URL.Path] = resp
		}
		resp.replay(w)
	})
}

func catalog(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	fmt.Fprintf(w, `{"path":%q,"items":3}`, r.URL.Path)
}

func main() {
	h := cached(http.HandlerFunc(catalog))
	for i := 0; i < 2; i++ {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/catalog/shoes", nil))
		fmt.Println(rec.Code, rec.Header().Get("Content-Type"), rec.Body.String())
	}
}
