// A service catalog decodes its services from JSON; the Service type has its own UnmarshalJSON,
// which decodes the public fields through an alias type and then makes the unexported address
// cache, so resolving a decoded service writes into a made map.
package main

import (
	"encoding/json"
	"fmt"
)

type Service struct {
	Name     string `json:"name"`
	Host     string `json:"host"`
	resolved map[string]string
}

func (s *Service) UnmarshalJSON(b []byte) error {
	type plain Service
	var p plain
	if err := json.Unmarshal(b, &p); err != nil {
		return err
	}
	*s = Service(p)
	s.resolved = make(map[string]string)
	return nil
}

func (s *Service) Resolve(lookup func(string) string) string {
	if addr, ok := s.resolved[s.Host]; ok {
		return addr
	}
	addr := lookup(s.Host)
	s.resolved[s.Host] = addr
	return addr
}

const catalog = `[{"name": "billing", "host": "billing.internal"}, {"name": "search", "host": "search.internal"}]`

func main() {
	var services []Service
	if err := json.Unmarshal([]byte(catalog), &services); err != nil {
		fmt.Println("catalog:", err)
		return
	}
	for i := range services {
		fmt.Println(services[i].Name, services[i].Resolve(func(h string) string { return "10.0.0.1" }))
	}
}
