// A custom slog.Handler counts records per level for a metrics endpoint in atomic counters
// kept in a map filled by the constructor, so two request goroutines logging through one
// shared slog.Logger only read the map and add to the counters.
package main

import (
	"context"
	"log/slog"
	"os"
	"strconv"
	"sync"
	"sync/atomic"
)

type LevelCounter struct {
	counts map[slog.Level]*atomic.Int64
}

func NewLevelCounter() *LevelCounter {
	counts := make(map[slog.Level]*atomic.Int64)
	for _, level := range []slog.Level{slog.LevelDebug, slog.LevelInfo, slog.LevelWarn, slog.LevelError} {
		counts[level] = new(atomic.Int64)
	}
	return &LevelCounter{counts: counts}
}

func (h *LevelCounter) Enabled(context.Context, slog.Level) bool { return true }

func (h *LevelCounter) Handle(_ context.Context, r slog.Record) error {
	if c, ok := h.counts[r.Level]; ok {
		c.Add(1)
	}
	return nil
}

func (h *LevelCounter) WithAttrs([]slog.Attr) slog.Handler { return h }

func (h *LevelCounter) WithGroup(string) slog.Handler { return h }

func serve(logger *slog.Logger, path string, status int) {
	if status >= 500 {
		logger.Error("request failed", "path", path, "status", status)
		return
	}
	logger.Info("request served", "path", path, "status", status)
}

func main() {
	counter := NewLevelCounter()
	logger := slog.New(counter)
	var wg sync.WaitGroup
	wg.Go(func() { serve(logger, "/checkout", 502) })
	serve(logger, "/catalog", 200)
	wg.Wait()
	total := 0
	for _, n := range counter.counts {
		total += int(n.Load())
	}
	os.Stdout.WriteString("records: " + strconv.Itoa(total) + "\n")
}
