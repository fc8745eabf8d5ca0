// Request-scoped log tags live in a map the withTags middleware puts into the request context;
// handlers add tags through setTag, which takes the map out with a comma-ok assertion. Both
// routes are registered through the middleware, so every handler's context holds a made map.
// The near miss of pos_b14_ctx_tags_route_unwrapped.
package main

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"sort"
	"strings"
)

type tagsKey struct{}

func withTags(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		tags := map[string]string{"path": r.URL.Path}
		next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), tagsKey{}, tags)))
		keys := make([]string, 0, len(tags))
		for k := range tags {
			keys = append(keys, k+"="+tags[k])
		}
		sort.Strings(keys)
		fmt.Println("access", strings.Join(keys, " "))
	})
}

func setTag(ctx context.Context, k, v string) {
	tags, _ := ctx.Value(tagsKey{}).(map[string]string)
	tags[k] = v
}

func orders(w http.ResponseWriter, r *http.Request) {
	setTag(r.Context(), "customer", r.URL.Query().Get("customer"))
	fmt.Fprint(w, "2 orders")
}

func refunds(w http.ResponseWriter, r *http.Request) {
	setTag(r.Context(), "order", r.URL.Query().Get("order"))
	fmt.Fprint(w, "refund queued")
}

func routes() *http.ServeMux {
	mux := http.NewServeMux()
	mux.Handle("/orders", withTags(http.HandlerFunc(orders)))
	mux.Handle("/refunds", withTags(http.HandlerFunc(refunds)))
	return mux
}

func main() {
	mux := routes()
	for _, target := range []string{"/orders?customer=c-7", "/refunds?order=o-19"} {
		rec := httptest.NewRecorder()
		mux.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, target, nil))
		fmt.Println(rec.Code, rec.Body.String())
	}
}
