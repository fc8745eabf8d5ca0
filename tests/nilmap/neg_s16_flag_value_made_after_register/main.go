// Near miss of the flag.Value rule: a load generator registers its -H header flag before it
// loads its defaults, and the defaults step makes the header set. The flag package calls Set
// only while parsing, after the set was made, so every -H lands in a made map.
package main

import (
	"flag"
	"fmt"
	"sort"
	"strings"
)

type headerSet struct {
	values map[string]string
}

func (h *headerSet) String() string {
	keys := make([]string, 0, len(h.values))
	for k := range h.values {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return strings.Join(keys, ",")
}

func (h *headerSet) Set(s string) error {
	name, value, ok := strings.Cut(s, ":")
	if !ok {
		return fmt.Errorf("header %q: want name:value", s)
	}
	h.values[strings.TrimSpace(name)] = strings.TrimSpace(value)
	return nil
}

type config struct {
	target  string
	headers headerSet
}

func parse(args []string) (*config, error) {
	cfg := &config{}
	fs := flag.NewFlagSet("loadgen", flag.ContinueOnError)
	fs.StringVar(&cfg.target, "target", "http://localhost:8080", "URL to load")
	fs.Var(&cfg.headers, "H", "an extra request header (repeatable)")
	cfg.headers.values = map[string]string{"User-Agent": "loadgen/1.0"}
	if err := fs.Parse(args); err != nil {
		return nil, err
	}
	return cfg, nil
}

func main() {
	cfg, err := parse([]string{"-H", "X-Tenant: acme", "-target", "http://api.internal"})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(cfg.target, cfg.headers.String())
}
