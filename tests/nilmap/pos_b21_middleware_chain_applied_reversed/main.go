// An API server composes middlewares with Chain, which wraps them in list order and so makes
// the last one listed the outermost. withLabels is listed first to make the request record's
// labels before withAuth adds the user, but withAuth runs first and its write panics.
package main

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"sort"
)

type ctxKey struct{}

type Record struct {
	Route  string
	Labels map[string]string
}

func recordFrom(ctx context.Context) *Record {
	rec, _ := ctx.Value(ctxKey{}).(*Record)
	return rec
}

type Middleware func(http.Handler) http.Handler

func Chain(h http.Handler, mws ...Middleware) http.Handler {
	for _, mw := range mws {
		h = mw(h)
	}
	return h
}

func withLabels(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		rec := recordFrom(r.Context())
		rec.Labels = map[string]string{"route": rec.Route}
		next.ServeHTTP(w, r)
	})
}

func withAuth(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		user := r.Header.Get("X-User")
		if user == "" {
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		recordFrom(r.Context()).Labels["user"] = user // want "nil map"
		next.ServeHTTP(w, r)
	})
}

type Server struct {
	handler http.Handler
	records []*Record
}

func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	rec := &Record{Route: r.URL.Path}
	s.records = append(s.records, rec)
	s.handler.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), ctxKey{}, rec)))
}

func main() {
	orders := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintln(w, "[]")
	})
	srv := &Server{handler: Chain(orders, withLabels, withAuth)}
	req := httptest.NewRequest(http.MethodGet, "/orders", nil)
	req.Header.Set("X-User", "alice")
	rec := httptest.NewRecorder()
	srv.ServeHTTP(rec, req)
	for _, r := range srv.records {
		keys := make([]string, 0, len(r.Labels))
		for k := range r.Labels {
			keys = append(keys, k+"="+r.Labels[k])
		}
		sort.Strings(keys)
		fmt.Println(rec.Code, keys)
	}
}
