// A feature-flag service keeps per-tenant flag overrides in map[tenant]map[flag]bool, one inner
// map made per onboarded tenant, and serves them with Go 1.22 ServeMux patterns. Both routes
// name the wildcard {tenant}, which the handlers read, and the PUT handler answers 404 for a
// tenant that was never onboarded, so an override always goes into a made inner map.
package main

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strconv"
)

type flagStore struct {
	overrides map[string]map[string]bool
}

func newFlagStore(tenants ...string) *flagStore {
	s := &flagStore{overrides: make(map[string]map[string]bool)}
	for _, t := range tenants {
		s.overrides[t] = make(map[string]bool)
	}
	return s
}

func (s *flagStore) routes() *http.ServeMux {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /tenants/{tenant}/flags", s.list)
	mux.HandleFunc("PUT /tenants/{tenant}/flags/{flag}", s.set)
	return mux
}

func (s *flagStore) list(w http.ResponseWriter, r *http.Request) {
	flags, ok := s.overrides[r.PathValue("tenant")]
	if !ok {
		http.NotFound(w, r)
		return
	}
	json.NewEncoder(w).Encode(flags)
}

func (s *flagStore) set(w http.ResponseWriter, r *http.Request) {
	tenant, flag := r.PathValue("tenant"), r.PathValue("flag")
	on, err := strconv.ParseBool(r.URL.Query().Get("on"))
	if err != nil {
		http.Error(w, "on must be true or false", http.StatusBadRequest)
		return
	}
	flags, ok := s.overrides[tenant]
	if !ok {
		http.NotFound(w, r)
		return
	}
	flags[flag] = on
	w.WriteHeader(http.StatusNoContent)
}

func main() {
	mux := newFlagStore("acme", "globex").routes()
	for _, req := range []struct{ method, target string }{
		{http.MethodGet, "/tenants/acme/flags"},
		{http.MethodPut, "/tenants/acme/flags/new-checkout?on=true"},
		{http.MethodGet, "/tenants/acme/flags"},
	} {
		rec := httptest.NewRecorder()
		mux.ServeHTTP(rec, httptest.NewRequest(req.method, req.target, nil))
		fmt.Println(req.method, req.target, rec.Code, rec.Body.String())
	}
}
