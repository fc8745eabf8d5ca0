// A synthetic-monitoring agent declares its probes as a table of struct literals, each with the
// labels its results are exported with, and stamps every probe's labels with the agent's region
// before scheduling it. The DNS probe added last was written without a labels map, so stamping
// it writes into a nil map.
package main

import (
	"fmt"
	"sort"
	"time"
)

type probe struct {
	name     string
	target   string
	interval time.Duration
	labels   map[string]string
}

func schedule(region string) []string {
	probes := []probe{
		{name: "homepage", target: "https://example.com/", interval: 30 * time.Second, labels: map[string]string{"tier": "edge"}},
		{name: "login", target: "https://example.com/login", interval: time.Minute, labels: map[string]string{"tier": "app"}},
		{name: "dns", target: "example.com", interval: 5 * time.Minute},
	}
	var out []string
	for _, p := range probes {
		p.labels["region"] = region // want "nil map"
		keys := make([]string, 0, len(p.labels))
		for k := range p.labels {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		out = append(out, fmt.Sprintf("%s every %s %v", p.name, p.interval, keys))
	}
	return out
}

func main() {
	for _, line := range schedule("eu-west-1") {
		fmt.Println(line)
	}
}
