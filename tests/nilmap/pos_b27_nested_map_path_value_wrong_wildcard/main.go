// A feature-flag service keeps per-tenant flag overrides in map[tenant]map[flag]bool, one inner
// map made per onboarded tenant, and serves them with Go 1.22 ServeMux patterns. The PUT route
// names its wildcard {id}, but the handler reads r.PathValue("tenant"), which is "" for that
// pattern, so the override is written under a tenant key that has no inner map.
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
	mux.HandleFunc("PUT /tenants/{id}/flags/{flag}", s.set)
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
	s.overrides[tenant][flag] = on // want "nil map|inner map"
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
