// An internal DNS server keeps records per zone in a map of maps whose inner maps the constructor
// makes for the zones it starts with. A config reload replaces the zone list and makes the inner
// map of every zone it adds, so the first record registered in that zone has a map to go to.
package main

import (
	"fmt"
	"strings"
)

type Server struct {
	zones   []string
	records map[string]map[string]string
}

func NewServer(zones ...string) *Server {
	s := &Server{zones: zones, records: make(map[string]map[string]string)}
	for _, z := range zones {
		s.records[z] = make(map[string]string)
	}
	return s
}

// Reload applies a new zone list from the config file.
func (s *Server) Reload(zones []string) {
	s.zones = zones
	for _, z := range zones {
		if s.records[z] == nil {
			s.records[z] = make(map[string]string)
		}
	}
}

func (s *Server) zoneOf(fqdn string) (string, bool) {
	for _, z := range s.zones {
		if strings.HasSuffix(fqdn, "."+z) {
			return z, true
		}
	}
	return "", false
}

func (s *Server) Register(fqdn, addr string) error {
	zone, ok := s.zoneOf(fqdn)
	if !ok {
		return fmt.Errorf("%s: not authoritative", fqdn)
	}
	host := strings.TrimSuffix(fqdn, "."+zone)
	s.records[zone][host] = addr
	return nil
}

func main() {
	s := NewServer("svc.internal", "db.internal")
	steps := []func() error{
		func() error { return s.Register("api.svc.internal", "10.0.0.7") },
		func() error { return s.Register("primary.db.internal", "10.0.1.2") },
		func() error { return s.Register("cdn.example.com", "203.0.113.9") },
		func() error { s.Reload([]string{"svc.internal", "db.internal", "mq.internal"}); return nil },
		func() error { return s.Register("broker-1.mq.internal", "10.0.2.4") },
	}
	for i, step := range steps {
		fmt.Println("step", i, step())
	}
	fmt.Println(len(s.records["svc.internal"]), len(s.records["db.internal"]), len(s.records["mq.internal"]))
}
