// A legacy request-logging package emulates goroutine-local storage: it parses the goroutine ID
// out of runtime.Stack and keeps one value map per goroutine in a shared map, reasoning that
// each goroutine only ever touches its own entry. The entries are separate but the map holding
// them is one, so two requests creating their entries at once write it together.
package main

import (
	"bytes"
	"fmt"
	"runtime"
	"strconv"
	"sync"
)

func goid() uint64 {
	buf := make([]byte, 64)
	buf = buf[:runtime.Stack(buf, false)]
	buf = bytes.TrimPrefix(buf, []byte("goroutine "))
	id, _ := strconv.ParseUint(string(buf[:bytes.IndexByte(buf, ' ')]), 10, 64)
	return id
}

type gls struct {
	byGoroutine map[uint64]map[string]string
}

func (g *gls) scope() map[string]string {
	id := goid()
	m, ok := g.byGoroutine[id] // other access
	if !ok {
		m = make(map[string]string)
		g.byGoroutine[id] = m // want "concurrent map write"
	}
	return m
}

func (g *gls) Set(k, v string)     { g.scope()[k] = v }
func (g *gls) Get(k string) string { return g.scope()[k] }
func (g *gls) logf(msg string) string {
	return fmt.Sprintf("[req=%s user=%s] %s", g.Get("request_id"), g.Get("user"), msg)
}

func handle(g *gls, reqID, user, path string) string {
	g.Set("request_id", reqID)
	g.Set("user", user)
	return g.logf("GET " + path)
}

func main() {
	g := &gls{byGoroutine: make(map[uint64]map[string]string)}
	lines := make([]string, 2)
	var wg sync.WaitGroup
	wg.Go(func() { lines[0] = handle(g, "r-101", "alice", "/orders") })
	wg.Go(func() { lines[1] = handle(g, "r-102", "bob", "/invoices") })
	wg.Wait()
	for _, l := range lines {
		fmt.Println(l)
	}
}
