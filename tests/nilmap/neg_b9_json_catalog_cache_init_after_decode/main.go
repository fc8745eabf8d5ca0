// A service catalog client resolves each service's host once and caches the address. NewService
// makes the cache; the catalog fetched as JSON is decoded straight into []Service, which leaves
// the unexported cache nil, so the client makes every decoded service's cache before use.
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

func NewService(name, host string) *Service {
	return &Service{Name: name, Host: host, resolved: make(map[string]string)}
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

func fakeLookup(host string) string { return "10.0.0." + fmt.Sprint(len(host)) }

func main() {
	local := NewService("self", "localhost")
	fmt.Println(local.Name, local.Resolve(fakeLookup))

	var services []Service
	if err := json.Unmarshal([]byte(catalog), &services); err != nil {
		fmt.Println("catalog:", err)
		return
	}
	for i := range services {
		services[i].resolved = make(map[string]string)
	}
	for i := range services {
		fmt.Println(services[i].Name, services[i].Resolve(fakeLookup))
	}
}
