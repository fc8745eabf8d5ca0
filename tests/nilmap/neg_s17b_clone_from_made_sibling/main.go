// A metrics emitter derives tagged children from a root. A child's tags start as a clone of the
// root's base tags, which the constructor always makes, not as a clone of the (never made) tags
// field itself, so the clone is a made map and tagging a child is safe.
package main

import (
	"fmt"
	"maps"
	"sort"
)

type emitter struct {
	prefix string
	base   map[string]string
	tags   map[string]string
}

func newEmitter(prefix string) *emitter {
	return &emitter{prefix: prefix, base: map[string]string{"host": "web-3"}}
}

func (e *emitter) with(k, v string) *emitter {
	child := *e
	child.tags = maps.Clone(e.base)
	child.tags[k] = v
	return &child
}

func (e *emitter) emit(name string, n int) {
	keys := make([]string, 0, len(e.tags))
	for k := range e.tags {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Printf("%s.%s %d", e.prefix, name, n)
	for _, k := range keys {
		fmt.Printf(" %s=%s", k, e.tags[k])
	}
	fmt.Println()
}

func main() {
	root := newEmitter("shop")
	root.with("route", "/cart").emit("requests", 12)
	root.with("route", "/pay").with("method", "POST").emit("requests", 3)
}
