// A port-usage tracker keys its per-port connection counts by `any`, since ports arrive both
// from the typed config (int) and from JSON agent reports (decoded as float64). The report
// converts a float64 port to int before the lookup, so it finds the inner maps the config made.
package main

import (
	"encoding/json"
	"fmt"
	"os"
	"sort"
)

type tracker struct {
	byPort map[any]map[string]int
}

type listener struct {
	Port  int
	Proto string
}

func newTracker(listeners []listener) *tracker {
	t := &tracker{byPort: make(map[any]map[string]int)}
	for _, l := range listeners {
		t.byPort[l.Port] = make(map[string]int)
	}
	return t
}

func (t *tracker) ingest(raw []byte) error {
	var report []map[string]any
	if err := json.Unmarshal(raw, &report); err != nil {
		return err
	}
	for _, r := range report {
		port := r["port"]
		if f, ok := port.(float64); ok {
			port = int(f)
		}
		peer, _ := r["peer"].(string)
		if port == nil || peer == "" {
			continue
		}
		t.byPort[port][peer]++
	}
	return nil
}

func (t *tracker) dump() {
	var lines []string
	for port, peers := range t.byPort {
		lines = append(lines, fmt.Sprintf("%v: %d peers", port, len(peers)))
	}
	sort.Strings(lines)
	for _, l := range lines {
		fmt.Println(l)
	}
}

func main() {
	t := newTracker([]listener{{Port: 443, Proto: "tcp"}, {Port: 8080, Proto: "tcp"}})
	report := []byte(`[{"port": 443, "peer": "10.0.0.7"}, {"port": 8080, "peer": "10.0.0.9"}]`)
	if err := t.ingest(report); err != nil {
		fmt.Fprintln(os.Stderr, "ingest:", err)
		os.Exit(1)
	}
	t.dump()
}
