// A page renderer keeps a scratch map on the struct so that a render does not allocate its
// variables, and fills it on every call. Two handlers rendering at once store into the one
// scratch map together, while each ranges over it to substitute the placeholders.
package main

import (
	"os"
	"strings"
	"sync"
)

type Renderer struct {
	layout  string
	scratch map[string]string
}

func NewRenderer(layout string) *Renderer {
	return &Renderer{layout: layout, scratch: make(map[string]string, 8)}
}

func (r *Renderer) Render(page string, vars map[string]string) string {
	vars["page"] = page
	for k, v := range vars {
		r.scratch[k] = v // want "concurrent map write"
	}
	out := r.layout
	for k, v := range r.scratch { // other access
		out = strings.ReplaceAll(out, "{{"+k+"}}", v)
	}
	return out
}

func main() {
	r := NewRenderer("<title>{{page}}</title><p>Hello {{user}}, you have {{count}} items</p>\n")
	var wg sync.WaitGroup
	var cart string
	wg.Go(func() {
		cart = r.Render("cart", map[string]string{"user": "alice", "count": "3"})
	})
	orders := r.Render("orders", map[string]string{"user": "bob", "count": "12"})
	wg.Wait()
	os.Stdout.WriteString(cart + orders)
}
