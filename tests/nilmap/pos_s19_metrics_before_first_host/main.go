// A metrics relay reads a scrape dump where a "host NAME" line opens each host's block and the
// lines after it are "metric value" samples. The per-host table is made when a host line is
// read; a dump whose first sample comes before any host line (a truncated scrape) writes under
// the initial host "unknown", whose table was never made.
package main

import (
	"fmt"
	"strconv"
	"strings"
)

const dump = `cpu_seconds 12.5
host api-1
cpu_seconds 40.1
mem_bytes 1048576
host api-2
cpu_seconds 7.25
`

func parse(text string) (map[string]map[string]float64, error) {
	byHost := make(map[string]map[string]float64)
	host := "unknown"
	for _, line := range strings.Split(strings.TrimSpace(text), "\n") {
		fields := strings.Fields(line)
		if len(fields) != 2 {
			return nil, fmt.Errorf("bad line %q", line)
		}
		if fields[0] == "host" {
			host = fields[1]
			byHost[host] = make(map[string]float64)
			continue
		}
		v, err := strconv.ParseFloat(fields[1], 64)
		if err != nil {
			return nil, fmt.Errorf("sample %q: %w", line, err)
		}
		byHost[host][fields[0]] = v // want "nil map|inner map"
	}
	return byHost, nil
}

func main() {
	stats, err := parse(dump)
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	fmt.Println(stats["api-1"]["cpu_seconds"], stats["api-2"]["cpu_seconds"])
}
