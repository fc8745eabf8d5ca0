// A load-report config is parsed from a list of metric names. The wildcard "named.*" takes
// precedence over specific names: it sets a flag and drops the map of specific names to save
// memory, and every later specific name is skipped by testing that flag before the map write.
package main

import (
	"fmt"
	"strings"
)

type reportConfig struct {
	cpu      bool
	namedAll bool
	named    map[string]struct{}
}

func parseReport(metrics []string) *reportConfig {
	var cfg *reportConfig
	if len(metrics) > 0 {
		cfg = &reportConfig{named: make(map[string]struct{})}
		for _, m := range metrics {
			switch m {
			case "cpu":
				cfg.cpu = true
			case "named.*":
				cfg.namedAll = true
				cfg.named = nil
			default:
				if cfg.namedAll {
					continue
				}
				if name, ok := strings.CutPrefix(m, "named."); ok && name != "" {
					cfg.named[name] = struct{}{}
				}
			}
		}
	}
	return cfg
}

func main() {
	cfg := parseReport([]string{"named.queue", "cpu", "named.*", "named.disk"})
	fmt.Println(cfg.cpu, cfg.namedAll, len(cfg.named))
}
