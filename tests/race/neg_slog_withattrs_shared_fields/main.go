// A service logs through its own slog.Handler that writes key=value lines. Every request
// derives a logger with logger.With("request_id", ...); the handler's WithAttrs copies the
// handler struct and clones its fields map, so each derived handler adds its attributes to a
// map of its own, and the base handler's map is only read.
package main

import (
	"bytes"
	"context"
	"fmt"
	"log/slog"
	"maps"
	"sort"
	"strings"
	"sync"
)

type lineHandler struct {
	mu     *sync.Mutex // guards out, shared by derived handlers
	out    *bytes.Buffer
	fields map[string]string
}

func (h *lineHandler) Enabled(context.Context, slog.Level) bool { return true }

func (h *lineHandler) Handle(_ context.Context, r slog.Record) error {
	parts := []string{"msg=" + r.Message}
	for k, v := range h.fields {
		parts = append(parts, k+"="+v)
	}
	sort.Strings(parts[1:])
	h.mu.Lock()
	defer h.mu.Unlock()
	h.out.WriteString(strings.Join(parts, " ") + "\n")
	return nil
}

func (h *lineHandler) WithAttrs(attrs []slog.Attr) slog.Handler {
	h2 := *h
	h2.fields = maps.Clone(h.fields)
	for _, a := range attrs {
		h2.fields[a.Key] = a.Value.String()
	}
	return &h2
}

func (h *lineHandler) WithGroup(string) slog.Handler { return h }

func main() {
	var out bytes.Buffer
	base := slog.New(&lineHandler{mu: new(sync.Mutex), out: &out, fields: map[string]string{"svc": "checkout"}})
	var ready, wg sync.WaitGroup
	ready.Add(2)
	for _, id := range []string{"r-1", "r-2"} {
		wg.Go(func() {
			ready.Done()
			ready.Wait()
			log := base.With("request_id", id)
			log.Info("order placed")
		})
	}
	wg.Wait()
	fmt.Println(strings.Count(out.String(), "request_id="), "request lines")
}
