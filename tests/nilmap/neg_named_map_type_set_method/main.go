// A tracing library models span attributes as a named map type whose Set method has a pointer
// receiver and makes the map on first use. A span built by the sampler's fast path never gets
// its attribute map, and the instrumentation's Set call creates it.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Attributes map[string]string

func (a *Attributes) Set(key, value string) {
	if *a == nil {
		*a = make(Attributes)
	}
	(*a)[key] = value
}

func (a Attributes) String() string {
	parts := make([]string, 0, len(a))
	for k, v := range a {
		parts = append(parts, k+"="+v)
	}
	sort.Strings(parts)
	return strings.Join(parts, " ")
}

type Span struct {
	Name    string
	Sampled bool
	Attrs   Attributes
}

type Tracer struct {
	sampleEvery int
	started     int
}

func (t *Tracer) Start(name string) *Span {
	t.started++
	if t.started%t.sampleEvery != 0 {
		return &Span{Name: name} // not sampled: skip the allocation
	}
	return &Span{Name: name, Sampled: true, Attrs: Attributes{}}
}

func handleCheckout(t *Tracer, cartID string) string {
	span := t.Start("checkout")
	span.Attrs.Set("cart.id", cartID)
	return span.Name + " " + span.Attrs.String()
}

func main() {
	t := &Tracer{sampleEvery: 2}
	fmt.Println(handleCheckout(t, "c-41"))
}
