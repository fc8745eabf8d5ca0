// A homegrown router keeps path variables in a package-level map keyed by *http.Request, the way
// gorilla/context did before requests had contexts, with a RWMutex around it as gorilla had: the
// router stores the request's vars under the write lock and Vars reads under the read lock, so two
// requests served at once take turns on the map.
package main

import (
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
)

var (
	varsMu      sync.RWMutex
	requestVars = map[*http.Request]map[string]string{}
)

func setVars(r *http.Request, v map[string]string) {
	varsMu.Lock()
	requestVars[r] = v
	varsMu.Unlock()
}

// Vars returns the path variables the router matched for r.
func Vars(r *http.Request) map[string]string {
	varsMu.RLock()
	defer varsMu.RUnlock()
	return requestVars[r]
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
		setVars(r, v)
		ro.handler(w, r)
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
	clear(requestVars)
	print(ra.Body.String(), rb.Body.String())
}
