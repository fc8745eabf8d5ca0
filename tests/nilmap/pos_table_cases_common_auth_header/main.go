// A smoke test for an API gateway, written table-driven: each case may carry its own request
// headers, and the loop adds the common Authorization header to the case's map before
// sending. The health case sets no headers, so its map is nil.
package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
)

type testCase struct {
	name       string
	path       string
	headers    map[string]string
	wantStatus int
}

func gateway() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("/v1/users", func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Authorization") == "" {
			w.WriteHeader(http.StatusUnauthorized)
		}
	})
	mux.HandleFunc("/healthz", func(w http.ResponseWriter, r *http.Request) {})
	return mux
}

func main() {
	cases := []testCase{
		{name: "users", path: "/v1/users", headers: map[string]string{"Accept": "application/json"}, wantStatus: 200},
		{name: "health", path: "/healthz", wantStatus: 200},
	}
	h := gateway()
	for _, tc := range cases {
		tc.headers["Authorization"] = "Bearer smoke-test" // want "nil map"
		req := httptest.NewRequest(http.MethodGet, tc.path, nil)
		for k, v := range tc.headers {
			req.Header.Set(k, v)
		}
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		fmt.Printf("%s: got %d, want %d\n", tc.name, rec.Code, tc.wantStatus)
	}
}
