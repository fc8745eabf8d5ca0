// Near miss of pos_table_cases_common_auth_header: a table-driven smoke test adds the common
// Authorization header only to the cases that need authentication, and those are exactly the
// cases written with their own headers map; the health case has none but is never touched.
package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
)

type testCase struct {
	name       string
	path       string
	auth       bool
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
		{name: "users", path: "/v1/users", auth: true, headers: map[string]string{"Accept": "application/json"}, wantStatus: 200},
		{name: "health", path: "/healthz", wantStatus: 200},
	}
	h := gateway()
	for _, tc := range cases {
		if tc.auth {
			tc.headers["Authorization"] = "Bearer smoke-test"
		}
		req := httptest.NewRequest(http.MethodGet, tc.path, nil)
		for k, v := range tc.headers {
			req.Header.Set(k, v)
		}
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		fmt.Printf("%s: got %d, want %d\n", tc.name, rec.Code, tc.wantStatus)
	}
}
