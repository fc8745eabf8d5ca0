// A homegrown router hands path variables to handlers through the request's context: it stores
// each request's vars map, made for that request, with context.WithValue on a derived request,
// and Vars reads it back from the context. There is no map shared between requests, so two
// requests served at once touch only their own vars.
package main

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
)

type varsKey struct{}

func withVars(r *http.Request, v map[string]string) *http.Request {
	return r.WithContext(context.WithValue(r.Context(), varsKey{}, v))
}

// Vars returns the path variables the router matched for r.
func Vars(r *http.Request) map[string]string {
	v, _ := r.Context().Value(varsKey{}).(map[string]string)
	return v
}

type route struct {
	parts   []string
	handler http.HandlerFunc
}

type Router struct{ routes []route }

func (rt *Router) Handle(pattern string, h http.HandlerFunc) {
	rt.routes = append(rt.routes, route{strings.Split(strings.Trim(pattern, "/"), "/"), h})
}

func (rt *Router) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	segs := strings.Split(strings.Trim(r.URL.Path, "/"), "/")
next:
	for _, ro := range rt.routes {
		if len(ro.parts) != len(segs) {
			continue
		}
		v := make(map[string]string)
		for i, p := range ro.parts {
			if strings.HasPrefix(p, "{") {
				v[strings.Trim(p, "{}")] = segs[i]
			} else if p != segs[i] {
				continue next
			}
		}
		ro.handler(w, withVars(r, v))
		return
	}
	w.WriteHeader(http.StatusNotFound)
}

func userOrders(w http.ResponseWriter, r *http.Request) {
	v := Vars(r)
	io.WriteString(w, "orders of user "+v["user"]+" page "+v["page"]+"\n")
}

func main() {
	rt := &Router{}
	rt.Handle("/users/{user}/orders/{page}", userOrders)
	a := httptest.NewRequest(http.MethodGet, "/users/u-17/orders/1", nil)
	b := httptest.NewRequest(http.MethodGet, "/users/u-42/orders/3", nil)
	ra, rb := httptest.NewRecorder(), httptest.NewRecorder()

	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		rt.ServeHTTP(ra, a)
	}()
	rt.ServeHTTP(rb, b)
	wg.Wait()
	print(ra.Body.String(), rb.Body.String())
}
