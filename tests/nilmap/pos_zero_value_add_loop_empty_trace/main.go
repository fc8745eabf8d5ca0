// A header-multimap type documents its zero value as ready to use: Add makes the map on
// first use, Set writes straight into it. The builder adds the Via hops first, but the health
// probe's request has no hops, so Set writes into the map nothing made.
package main

import (
	"fmt"
	"sort"
	"strings"
)

// Multi maps a canonical key to its values. The zero value is ready to use.
type Multi struct {
	values map[string][]string
}

func canonical(key string) string {
	return strings.ToLower(strings.TrimSpace(key))
}

func (m *Multi) Add(key, value string) {
	if m.values == nil {
		m.values = make(map[string][]string)
	}
	k := canonical(key)
	m.values[k] = append(m.values[k], value)
}

// Set replaces every value of key.
func (m *Multi) Set(key, value string) {
	m.values[canonical(key)] = []string{value} // want "nil map"
}

func (m *Multi) Get(key string) []string {
	return m.values[canonical(key)]
}

func (m *Multi) Keys() []string {
	keys := make([]string, 0, len(m.values))
	for k := range m.values {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

type outgoing struct {
	method  string
	path    string
	headers Multi
}

func build(method, path, token string, trace []string) *outgoing {
	req := &outgoing{method: method, path: path}
	for _, hop := range trace {
		req.headers.Add("Via", hop)
	}
	req.headers.Set("Authorization", "Bearer "+token)
	return req
}

func main() {
	probe := build("GET", "/healthz", "probe", []string{})
	fmt.Println(probe.headers.Keys())
	req := build("GET", "/v1/items", "s3cr3t", []string{"edge-1", "lb-2"})
	for _, k := range req.headers.Keys() {
		fmt.Printf("%s: %s\n", k, strings.Join(req.headers.Get(k), ", "))
	}
}
