// An authoritative DNS server parses a zone list: "zone NAME" declares a zone and "NAME HOST IP"
// adds a record. A declared zone is entered with a nil placeholder meaning "no records yet", so
// the first record of that zone goes through the comma-ok check and into the nil inner map.
package main

import (
	"bufio"
	"fmt"
	"strings"
)

const zoneFile = `
zone example.org
zone example.net
example.org www 10.0.0.10
example.org api 10.0.0.11
example.net mail 10.0.1.25
`

type Server struct {
	zones map[string]map[string][]string
}

func (s *Server) Load(text string) error {
	sc := bufio.NewScanner(strings.NewReader(text))
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		switch {
		case len(f) == 0:
			continue
		case len(f) == 2 && f[0] == "zone":
			s.zones[f[1]] = nil
		case len(f) == 3:
			recs, ok := s.zones[f[0]]
			if !ok {
				return fmt.Errorf("record for undeclared zone %q", f[0])
			}
			recs[f[1]] = append(recs[f[1]], f[2]) // want "nil map|inner map"
		default:
			return fmt.Errorf("bad line %q", sc.Text())
		}
	}
	return sc.Err()
}

func (s *Server) Resolve(zone, host string) []string {
	return s.zones[zone][host]
}

func main() {
	s := &Server{zones: make(map[string]map[string][]string)}
	if err := s.Load(zoneFile); err != nil {
		fmt.Println("load:", err)
		return
	}
	fmt.Println(s.Resolve("example.org", "www"), s.Resolve("example.net", "mail"))
}
