// A config loader looks sections up with a generic getOr helper that returns the zero value of
// the section type for a missing key. For a map-typed section the zero value is a nil map, and
// applying an environment override to the missing "cache" section writes into it.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Section = map[string]string

func getOr[K comparable, V any](m map[K]V, k K) V {
	v, ok := m[k]
	if !ok {
		var zero V
		return zero
	}
	return v
}

type Config struct {
	sections map[string]Section
}

func parse(text string) *Config {
	c := &Config{sections: make(map[string]Section)}
	var cur Section
	for _, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		switch {
		case line == "":
		case strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]"):
			cur = make(Section)
			c.sections[strings.Trim(line, "[]")] = cur
		case cur != nil:
			k, v, _ := strings.Cut(line, "=")
			cur[strings.TrimSpace(k)] = strings.TrimSpace(v)
		}
	}
	return c
}

// applyEnv applies APP_<SECTION>_<KEY>=value overrides.
func (c *Config) applyEnv(env []string) {
	for _, kv := range env {
		name, val, ok := strings.Cut(kv, "=")
		if !ok || !strings.HasPrefix(name, "APP_") {
			continue
		}
		sec, key, ok := strings.Cut(strings.ToLower(strings.TrimPrefix(name, "APP_")), "_")
		if !ok {
			continue
		}
		s := getOr(c.sections, sec)
		s[key] = val // want "nil map"
	}
}

func main() {
	c := parse("[server]\nport = 8080\n[db]\nurl = postgres://localhost/app\n")
	env := []string{"APP_SERVER_PORT=9090", "APP_CACHE_SIZE=512"}
	c.applyEnv(env)
	names := make([]string, 0, len(c.sections))
	for n := range c.sections {
		names = append(names, n)
	}
	sort.Strings(names)
	fmt.Println(names, c.sections["server"]["port"])
}
