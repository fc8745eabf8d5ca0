// HTTP handlers embed a base that counts responses by status. The health handler is built with
// a struct literal that skips newBase, but it is reset through a pointer to its base before it
// is served, which stores a whole new base with a made map over the literal's.
package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"sort"
)

type base struct {
	name     string
	byStatus map[int]int
}

func newBase(name string) base {
	return base{name: name, byStatus: make(map[int]int)}
}

// reset starts the base over with fresh counters.
func (b *base) reset() { *b = newBase(b.name) }

func (b *base) count(status int) {
	b.byStatus[status]++
}

type usersHandler struct {
	base
	users map[string]string
}

func (h *usersHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	name, ok := h.users[r.URL.Query().Get("id")]
	if !ok {
		h.count(http.StatusNotFound)
		http.NotFound(w, r)
		return
	}
	h.count(http.StatusOK)
	fmt.Fprintln(w, name)
}

type healthHandler struct {
	base
}

func (h *healthHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h.count(http.StatusNoContent)
	w.WriteHeader(http.StatusNoContent)
}

func main() {
	mux := http.NewServeMux()
	users := &usersHandler{base: newBase("users"), users: map[string]string{"1": "ada"}}
	health := &healthHandler{base: base{name: "health"}}
	mux.Handle("/users", users)
	health.reset()
	mux.Handle("/healthz", health)

	for _, target := range []string{"/users?id=1", "/users?id=2", "/healthz"} {
		rec := httptest.NewRecorder()
		mux.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, target, nil))
		fmt.Println(target, rec.Code)
	}
	codes := make([]int, 0, len(users.byStatus))
	for c := range users.byStatus {
		codes = append(codes, c)
	}
	sort.Ints(codes)
	fmt.Println(codes)
}
