// A page renderer fills a scratch map of the call's own with the variables of every render,
// so two handlers rendering at once store into and range over two different maps.
package main

import (
	"os"
	"strings"
	"sync"
)

type Renderer struct {
	layout string
}

func NewRenderer(layout string) *Renderer {
	return &Renderer{layout: layout}
}

func (r *Renderer) Render(page string, vars map[string]string) string {
	vars["page"] = page
	scratch := make(map[string]string, 8)
	for k, v := range vars {
		scratch[k] = v
	}
	out := r.layout
	for k, v := range scratch {
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
