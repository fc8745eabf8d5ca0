// A custom slog.Handler counts records per level for a metrics endpoint in a map guarded by
// the handler's mutex, so two request goroutines logging through one shared slog.Logger
// increment it in turn.
package main

import (
	"context"
	"log/slog"
	"os"
	"strconv"
	"sync"
)

type LevelCounter struct {
	mu     sync.Mutex
	counts map[string]int
}

func NewLevelCounter() *LevelCounter {
	return &LevelCounter{counts: make(map[string]int)}
}

func (h *LevelCounter) Enabled(context.Context, slog.Level) bool { return true }

func (h *LevelCounter) Handle(_ context.Context, r slog.Record) error {
	h.mu.Lock()
	h.counts[r.Level.String()]++
	h.mu.Unlock()
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
		total += n
	}
	os.Stdout.WriteString("records: " + strconv.Itoa(total) + "\n")
}
