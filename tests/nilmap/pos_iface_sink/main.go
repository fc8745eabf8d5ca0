// A metrics sink behind an interface: the implementation is created with &T{} and its map left nil.
package main

import "fmt"

type Sink interface {
	Count(name string, n int)
}

type memorySink struct {
	prefix string
	totals map[string]int
}

func (s *memorySink) Count(name string, n int) {
	s.totals[s.prefix+name] += n // want "nil map"
}

type Server struct {
	metrics Sink
}

func (srv *Server) handle(path string) {
	srv.metrics.Count("requests"+path, 1)
}

func main() {
	srv := &Server{metrics: &memorySink{prefix: "http."}}
	srv.handle("/")
	fmt.Println("ok")
}
