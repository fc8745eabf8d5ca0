// A feature-flag service loads per-tenant overrides from a small key=value file. The loader
// returns (map, error) and gives back a nil map with the error when a line is malformed; the
// tenant bootstrap logs the error, keeps going, and then pins the tenant's plan flag into the
// overrides it got.
package main

import (
	"fmt"
	"log"
	"strconv"
	"strings"
)

func loadOverrides(src string) (map[string]bool, error) {
	out := make(map[string]bool)
	for i, line := range strings.Split(strings.TrimSpace(src), "\n") {
		k, v, ok := strings.Cut(line, "=")
		if !ok {
			return nil, fmt.Errorf("line %d: missing '='", i+1)
		}
		b, err := strconv.ParseBool(strings.TrimSpace(v))
		if err != nil {
			return nil, fmt.Errorf("line %d: %w", i+1, err)
		}
		out[strings.TrimSpace(k)] = b
	}
	return out, nil
}

type tenant struct {
	id    string
	plan  string
	flags map[string]bool
}

func bootstrap(id, plan, src string) *tenant {
	flags, err := loadOverrides(src)
	if err != nil {
		log.Printf("tenant %s: bad overrides, using defaults: %v", id, err)
	}
	t := &tenant{id: id, plan: plan, flags: flags}
	t.flags["plan."+plan] = true // want "nil map"
	return t
}

func main() {
	a := bootstrap("acme", "pro", "beta_search=true\ndark_mode=false")
	fmt.Println(a.id, len(a.flags))
	b := bootstrap("globex", "free", "beta_search=yes please")
	fmt.Println(b.id, len(b.flags))
}
