// Two API handlers embed a base that counts hits per route. The orders handler builds its base
// with newBase, which makes the map, and so does the users handler added later, so both count
// into made maps through the promoted method. The near miss of pos_b14_embedded_base_counts_unset.
package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"sort"
)

type base struct {
	name string
	hits map[string]int
}

func newBase(name string) base {
	return base{name: name, hits: make(map[string]int)}
}

func (b *base) count(r *http.Request) {
	b.hits[r.Method+" "+r.URL.Path]++
}

func (b *base) report() []string {
	var out []string
	for route, n := range b.hits {
		out = append(out, fmt.Sprintf("%s %s %d", b.name, route, n))
	}
	sort.Strings(out)
	return out
}

type OrdersHandler struct {
	base
	open int
}

func NewOrdersHandler() *OrdersHandler {
	return &OrdersHandler{base: newBase("orders"), open: 3}
}

func (h *OrdersHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h.count(r)
	fmt.Fprintf(w, "%d open orders", h.open)
}

type UsersHandler struct {
	base
	names []string
}

func NewUsersHandler(names ...string) *UsersHandler {
	return &UsersHandler{base: newBase("users"), names: names}
}

func (h *UsersHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h.count(r)
	fmt.Fprintf(w, "%d users", len(h.names))
}

func main() {
	orders := NewOrdersHandler()
	users := NewUsersHandler("ada", "linus")
	for _, h := range []http.Handler{orders, users} {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/v1/list", nil))
		fmt.Println(rec.Body.String())
	}
	fmt.Println(orders.report(), users.report())
}
