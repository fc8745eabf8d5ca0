// An API gateway's middleware puts a "request info" map into the request context so that
// handlers can annotate the request for the access log. The map is made inside the handler
// function, once per request, so concurrent requests each write their own.
package main

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"sync"
)

type ctxKey struct{}

func WithRequestInfo(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		info := make(map[string]string)
		ctx := context.WithValue(r.Context(), ctxKey{}, info)
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}

func Annotate(ctx context.Context, key, value string) {
	if info, ok := ctx.Value(ctxKey{}).(map[string]string); ok {
		info[key] = value
	}
}

type ordersAPI struct {
	arrived *sync.WaitGroup // the load test releases its requests together
}

func (a ordersAPI) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	a.arrived.Done()
	a.arrived.Wait()
	Annotate(r.Context(), "user", r.Header.Get("X-User"))
	w.WriteHeader(http.StatusNoContent)
}

func main() {
	var arrived, done sync.WaitGroup
	h := WithRequestInfo(ordersAPI{arrived: &arrived})
	users := []string{"ana", "bo"}
	arrived.Add(len(users))
	done.Add(len(users))
	codes := make([]int, len(users))
	for i, u := range users {
		go func() {
			defer done.Done()
			req := httptest.NewRequest("GET", "/orders", nil)
			req.Header.Set("X-User", u)
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, req)
			codes[i] = rec.Code
		}()
	}
	done.Wait()
	fmt.Println(codes)
}
