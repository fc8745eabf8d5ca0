// A deploy tool reads service stanzas. A header naming a retired service leaves the inner
// search over retired names with `continue lines`, after the service was appended but
// before its env map is made, and the service's next env line writes into nil.
package main

import (
	"fmt"
	"log"
	"os"
	"strings"
)

type service struct {
	name    string
	retired bool
	env     map[string]string
}

var retiredNames = []string{"billing-v1", "legacy-auth"}

var logger = log.New(os.Stderr, "deploy: ", 0)

func parse(manifest string) []*service {
	var services []*service
	var cur *service
lines:
	for _, raw := range strings.Split(manifest, "\n") {
		line := strings.TrimSpace(raw)
		if line == "" {
			continue
		}
		if name, ok := strings.CutPrefix(line, "service "); ok {
			cur = &service{name: name}
			services = append(services, cur)
			for _, old := range retiredNames {
				if name == old {
					logger.Printf("%s is retired; kept for the inventory only", name)
					cur.retired = true
					continue lines
				}
			}
			cur.env = make(map[string]string)
			continue
		}
		if cur == nil {
			logger.Printf("env line before any service: %q", line)
			continue
		}
		key, value, _ := strings.Cut(strings.TrimPrefix(line, "env "), "=")
		cur.env[key] = value // want "nil map"
	}
	return services
}

const manifest = `
service checkout
env REGION=eu-west-1
env WORKERS=8
service legacy-auth
env TOKEN_TTL=3600
service search
env SHARDS=4
`

func main() {
	for _, svc := range parse(manifest) {
		fmt.Printf("%-12s retired=%-5v env=%v\n", svc.name, svc.retired, svc.env)
	}
}
