// An authoritative DNS server parses a zone list: "zone NAME" declares a zone with a nil
// placeholder meaning "no records yet", and "NAME HOST IP" adds a record. The record branch
// checks the zone is declared and replaces a nil placeholder with a fresh map before the first
// record goes in. The near miss of pos_b16_nested_map_zone_placeholder_nil.
package main

import (
	"bufio"
	"fmt"
	"strings"
)

const zoneFile = `
zone example.org
zone example.net
zone example.com
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
			if recs == nil {
				recs = make(map[string][]string)
				s.zones[f[0]] = recs
			}
			recs[f[1]] = append(recs[f[1]], f[2])
		default:
			return fmt.Errorf("bad line %q", sc.Text())
		}
	}
	return sc.Err()
}

func main() {
	s := &Server{zones: make(map[string]map[string][]string)}
	if err := s.Load(zoneFile); err != nil {
		fmt.Println("load:", err)
		return
	}
	empty := 0
	for _, recs := range s.zones {
		if recs == nil {
			empty++
		}
	}
	fmt.Println(s.zones["example.org"]["www"], s.zones["example.net"]["mail"], "empty zones:", empty)
}
