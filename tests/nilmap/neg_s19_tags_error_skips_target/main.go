// A metrics agent parses the static tags of each scrape target from "k=v,k=v" strings. The
// parser returns nil with its error on a malformed pair, and the loader logs the error and skips
// that target, so the job tag is only ever added to a map the parser made.
package main

import (
	"fmt"
	"log"
	"os"
	"strings"
)

type target struct {
	addr string
	tags map[string]string
}

func parseTags(spec string) (map[string]string, error) {
	tags := make(map[string]string)
	if spec == "" {
		return tags, nil
	}
	for _, pair := range strings.Split(spec, ",") {
		k, v, ok := strings.Cut(pair, "=")
		if !ok || k == "" {
			return nil, fmt.Errorf("tag %q: want key=value", pair)
		}
		tags[strings.TrimSpace(k)] = strings.TrimSpace(v)
	}
	return tags, nil
}

func loadTargets(job string, lines []string, logger *log.Logger) []target {
	var out []target
	for _, line := range lines {
		addr, spec, _ := strings.Cut(line, " ")
		tags, err := parseTags(spec)
		if err != nil {
			logger.Printf("target %s: %v (skipping the target)", addr, err)
			continue
		}
		tags["job"] = job
		out = append(out, target{addr: addr, tags: tags})
	}
	return out
}

func main() {
	logger := log.New(os.Stdout, "agent: ", 0)
	lines := []string{
		"10.0.0.1:9100 dc=eu,rack=4",
		"10.0.0.2:9100",
		"10.0.0.3:9100 dc=eu,rack",
	}
	for _, t := range loadTargets("node", lines, logger) {
		fmt.Println(t.addr, len(t.tags), t.tags["job"])
	}
}
