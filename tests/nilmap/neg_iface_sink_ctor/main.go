// Both sink implementations the module creates come from constructors that make their maps.
package main

import "fmt"

type Sink interface {
	Count(name string, n int)
}

type memorySink struct {
	prefix string
	totals map[string]int
}

func newMemorySink(prefix string) *memorySink {
	return &memorySink{prefix: prefix, totals: map[string]int{}}
}

func (s *memorySink) Count(name string, n int) {
	s.totals[s.prefix+name] += n
}

type discard struct{}

func (discard) Count(string, int) {}

type Server struct {
	metrics Sink
}

func (srv *Server) handle(path string) {
	srv.metrics.Count("requests"+path, 1)
}

func main() {
	for _, sink := range []Sink{newMemorySink("http."), discard{}} {
		srv := &Server{metrics: sink}
		srv.handle("/")
	}
	fmt.Println("ok")
}
