// A feature-flag registry collects module defaults in a staging map during startup; Freeze
// publishes them as the live set and drops the staging map. The export module is initialised
// lazily, on the first export request after the server has frozen the registry, and its
// Register call writes the staging map that Freeze set to nil.
package main

import (
	"fmt"
	"maps"
	"slices"
	"sync"
)

type Registry struct {
	staging map[string]bool
	live    map[string]bool
}

func NewRegistry() *Registry {
	return &Registry{staging: make(map[string]bool)}
}

func (r *Registry) Register(name string, def bool) {
	r.staging[name] = def // want "nil map"
}

func (r *Registry) Freeze() {
	r.live = maps.Clone(r.staging)
	r.staging = nil
}

func (r *Registry) Enabled(name string) bool { return r.live[name] }

type Server struct {
	flags      *Registry
	exportInit sync.Once
}

func (s *Server) handle(path string) string {
	switch path {
	case "/export":
		s.exportInit.Do(func() {
			s.flags.Register("export.csv", true)
			s.flags.Register("export.parquet", false)
		})
		return fmt.Sprintf("export csv=%v", s.flags.Enabled("export.csv"))
	default:
		return fmt.Sprintf("search v2=%v", s.flags.Enabled("search.v2"))
	}
}

func main() {
	s := &Server{flags: NewRegistry()}
	s.flags.Register("search.v2", true)
	s.flags.Register("billing.invoices", false)
	s.flags.Freeze()

	for _, path := range []string{"/search", "/export"} {
		fmt.Println(path, "->", s.handle(path))
	}
	names := make([]string, 0, len(s.flags.live))
	for name := range s.flags.live {
		names = append(names, name)
	}
	slices.Sort(names)
	fmt.Println(names)
}
