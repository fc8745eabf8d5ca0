// A small HTTP-style router counts hits per route with a Stats value whose Record has a value
// receiver. The method value s.stats.Record is taken in Start, after the hits map is made, so the
// copy it keeps shares that map and every request counts into it.
package main

import (
	"fmt"
	"strings"
)

type Stats struct {
	name string
	hits map[string]int
}

func (s Stats) Record(route string) {
	s.hits[route]++
}

func (s Stats) Report() string { return fmt.Sprintf("%s: %d routes", s.name, len(s.hits)) }

type Server struct {
	stats  Stats
	routes map[string]func(string) string
	record func(route string)
}

func New() *Server {
	return &Server{
		stats: Stats{name: "edge"},
		routes: map[string]func(string) string{
			"/hello": func(arg string) string { return "hello " + arg },
			"/upper": strings.ToUpper,
		},
	}
}

func (s *Server) Start() {
	s.stats.hits = make(map[string]int)
	s.record = s.stats.Record
}

func (s *Server) Handle(path, arg string) string {
	h, ok := s.routes[path]
	if !ok {
		return "404"
	}
	s.record(path)
	return h(arg)
}

func main() {
	srv := New()
	srv.Start()
	for _, req := range [][2]string{{"/hello", "gopher"}, {"/upper", "shout"}, {"/hello", "again"}} {
		fmt.Println(srv.Handle(req[0], req[1]))
	}
	fmt.Println(srv.stats.Report())
}
