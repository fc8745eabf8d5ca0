// A status dashboard fetches each service's stats in a goroutine and waits for the result or
// the per-call timeout from its JSON config, returning nil when the deadline wins. The config
// file has no "timeout_ms", and the loader replaces a zero timeout with a default of half a
// second, so every fetch answers in time and the staleness stamp writes a made map.
package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"time"
)

type Config struct {
	Services  []string `json:"services"`
	TimeoutMs int      `json:"timeout_ms"`
}

const configJSON = `{"services": ["orders", "payments"]}`

func fetchStats(ctx context.Context, service string) map[string]float64 {
	result := make(chan map[string]float64, 1)
	go func() {
		time.Sleep(2 * time.Millisecond) // the stats endpoint's round trip
		result <- map[string]float64{"rps": float64(len(service) * 40), "p99_ms": 35}
	}()
	select {
	case stats := <-result:
		return stats
	case <-ctx.Done():
		return nil
	}
}

func main() {
	var cfg Config
	if err := json.Unmarshal([]byte(configJSON), &cfg); err != nil {
		fmt.Fprintln(os.Stderr, "config:", err)
		os.Exit(1)
	}
	if cfg.TimeoutMs <= 0 {
		cfg.TimeoutMs = 500
	}
	timeout := time.Duration(cfg.TimeoutMs) * time.Millisecond
	board := make(map[string]map[string]float64)
	for _, svc := range cfg.Services {
		ctx, cancel := context.WithTimeout(context.Background(), timeout)
		stats := fetchStats(ctx, svc)
		cancel()
		stats["age_s"] = 0
		board[svc] = stats
	}
	for _, svc := range cfg.Services {
		fmt.Println(svc, board[svc])
	}
}
