// A request tracer keeps one recorder per route in a slice made with make([]recorder, n) and
// gives every recorder its latency map before handing its method value to the router.
package main

import "fmt"

type recorder struct {
	route     string
	latencies map[int]int
}

func (r *recorder) observe(ms int) {
	bucket := ms / 10 * 10
	r.latencies[bucket]++
}

type router struct {
	observers map[string]func(int)
}

func newTracer(routes []string) ([]recorder, *router) {
	recs := make([]recorder, len(routes))
	rt := &router{observers: make(map[string]func(int))}
	for i, name := range routes {
		recs[i].route = name
		recs[i].latencies = make(map[int]int)
		rt.observers[name] = recs[i].observe
	}
	return recs, rt
}

func (rt *router) serve(route string, ms int) {
	if obs, ok := rt.observers[route]; ok {
		obs(ms)
	}
}

func main() {
	recs, rt := newTracer([]string{"/login", "/orders"})
	rt.serve("/orders", 42)
	rt.serve("/login", 7)
	for _, r := range recs {
		fmt.Println(r.route, len(r.latencies))
	}
}
