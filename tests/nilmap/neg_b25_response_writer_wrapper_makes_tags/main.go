// An access-log middleware wraps the ResponseWriter in a recorder that handlers find with a
// type assertion to attach log tags. The middleware builds the recorder with a literal that
// sets the writer and status and makes the tags map.
package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"sort"
	"strings"
)

type recorder struct {
	http.ResponseWriter
	status int
	tags   map[string]string
}

func (r *recorder) WriteHeader(code int) {
	r.status = code
	r.ResponseWriter.WriteHeader(code)
}

func tag(w http.ResponseWriter, key, value string) {
	if rec, ok := w.(*recorder); ok {
		rec.tags[key] = value
	}
}

func accessLog(lines *[]string, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		rec := &recorder{ResponseWriter: w, status: http.StatusOK, tags: make(map[string]string)}
		next.ServeHTTP(rec, r)
		keys := make([]string, 0, len(rec.tags))
		for k, v := range rec.tags {
			keys = append(keys, k+"="+v)
		}
		sort.Strings(keys)
		*lines = append(*lines, fmt.Sprintf("%s %s %d %s", r.Method, r.URL.Path, rec.status, strings.Join(keys, " ")))
	})
}

func orders(w http.ResponseWriter, r *http.Request) {
	user := r.Header.Get("X-User")
	if user == "" {
		w.WriteHeader(http.StatusUnauthorized)
		return
	}
	tag(w, "user", user)
	fmt.Fprintln(w, "[]")
}

func main() {
	var lines []string
	h := accessLog(&lines, http.HandlerFunc(orders))
	for _, user := range []string{"", "ada"} {
		req := httptest.NewRequest(http.MethodGet, "/orders", nil)
		if user != "" {
			req.Header.Set("X-User", user)
		}
		h.ServeHTTP(httptest.NewRecorder(), req)
	}
	fmt.Println(strings.Join(lines, "\n"))
}
