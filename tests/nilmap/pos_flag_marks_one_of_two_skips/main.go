// A deploy tool reads service stanzas. A header naming a retired service is marked retired
// before `continue lines` skips its env map, and its env lines are skipped; but a header naming
// a paused service also skips the map without the mark, and its env line writes into nil.
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

var pausedNames = []string{"search"}

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
			for _, paused := range pausedNames {
				if name == paused {
					logger.Printf("%s is paused", name)
					continue lines
				}
			}
			cur.env = make(map[string]string)
			continue
		}
		if cur == nil || cur.retired {
			logger.Printf("env line ignored: %q", line)
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
