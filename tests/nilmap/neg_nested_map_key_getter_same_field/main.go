// A request router counts hits per host and path: inner maps are made under the request's
// Host field, and the counter looks the host up through the request's getter, which hands
// the same field back, so every counted request finds its inner map.
package main

import (
	"fmt"
	"sort"
)

type request struct {
	Host string
	Path string
}

// GetHost returns the host, or "" for a nil request, as generated getters do.
func (r *request) GetHost() string {
	if r == nil {
		return ""
	}
	return r.Host
}

type router struct {
	hits map[string]map[string]int
}

func (rt *router) admit(r *request) {
	if _, ok := rt.hits[r.Host]; !ok {
		rt.hits[r.Host] = make(map[string]int)
	}
}

func (rt *router) count(r *request) {
	rt.hits[r.GetHost()][r.Path]++
}

func main() {
	rt := &router{hits: make(map[string]map[string]int)}
	for _, r := range []*request{
		{Host: "api.example.com", Path: "/v1/users"},
		{Host: "api.example.com:8443", Path: "/v1/orders"},
		{Host: "static.example.com", Path: "/logo.png"},
	} {
		rt.admit(r)
		rt.count(r)
	}
	hosts := make([]string, 0, len(rt.hits))
	for h := range rt.hits {
		hosts = append(hosts, h)
	}
	sort.Strings(hosts)
	for _, h := range hosts {
		fmt.Println(h, rt.hits[h])
	}
}
