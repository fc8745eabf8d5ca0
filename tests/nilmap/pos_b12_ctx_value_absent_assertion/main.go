// An API gateway's logging middleware puts a per-request fields map into the request's context,
// and handlers add their own fields through addField. The /metrics route is registered without
// the middleware (scrapes are too noisy to log), but its handler still calls addField: the
// comma-ok assertion on the missing context value yields a nil map, and the field is written
// into it.
package main

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"sort"
	"strings"
)

type fieldsKey struct{}

func withFields(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fields := map[string]string{"path": r.URL.Path, "method": r.Method}
		next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), fieldsKey{}, fields)))
		keys := make([]string, 0, len(fields))
		for k, v := range fields {
			keys = append(keys, k+"="+v)
		}
		sort.Strings(keys)
		fmt.Println("access:", strings.Join(keys, " "))
	})
}

func addField(r *http.Request, k, v string) {
	fields, _ := r.Context().Value(fieldsKey{}).(map[string]string)
	fields[k] = v // want "nil map"
}

func orders(w http.ResponseWriter, r *http.Request) {
	addField(r, "customer", r.URL.Query().Get("customer"))
	fmt.Fprintln(w, "3 orders")
}

func metrics(w http.ResponseWriter, r *http.Request) {
	addField(r, "scraper", r.Header.Get("User-Agent"))
	fmt.Fprintln(w, "requests_total 42")
}

func main() {
	mux := http.NewServeMux()
	mux.Handle("/orders", withFields(http.HandlerFunc(orders)))
	mux.HandleFunc("/metrics", metrics)

	for _, target := range []string{"/orders?customer=c-17", "/metrics"} {
		req := httptest.NewRequest(http.MethodGet, target, nil)
		req.Header.Set("User-Agent", "prom/2.50")
		rec := httptest.NewRecorder()
		mux.ServeHTTP(rec, req)
		fmt.Print(target, " -> ", rec.Body.String())
	}
}
