// A service logs through its own slog.Handler that prints key=value lines. WithAttrs copies the
// handler and clones the attribute map before adding to it, but the root handler from newKV has
// no attributes yet: maps.Clone of a nil map is nil, and logger.With writes into it.
package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"maps"
	"os"
	"sort"
	"strings"
)

type kvHandler struct {
	w     io.Writer
	level slog.Level
	attrs map[string]string
}

func newKV(w io.Writer, level slog.Level) *kvHandler {
	return &kvHandler{w: w, level: level}
}

func (h *kvHandler) Enabled(_ context.Context, l slog.Level) bool { return l >= h.level }

func (h *kvHandler) WithAttrs(as []slog.Attr) slog.Handler {
	h2 := *h
	h2.attrs = maps.Clone(h.attrs)
	for _, a := range as {
		h2.attrs[a.Key] = a.Value.String() // want "nil map"
	}
	return &h2
}

func (h *kvHandler) WithGroup(string) slog.Handler { return h }

func (h *kvHandler) Handle(_ context.Context, r slog.Record) error {
	fields := make([]string, 0, len(h.attrs)+r.NumAttrs())
	for k, v := range h.attrs {
		fields = append(fields, k+"="+v)
	}
	r.Attrs(func(a slog.Attr) bool {
		fields = append(fields, a.Key+"="+a.Value.String())
		return true
	})
	sort.Strings(fields)
	_, err := fmt.Fprintf(h.w, "level=%s msg=%q %s\n", r.Level, r.Message, strings.Join(fields, " "))
	return err
}

type Billing struct {
	log *slog.Logger
}

func NewBilling(root *slog.Logger) *Billing {
	return &Billing{log: root.With("component", "billing")}
}

func (b *Billing) Charge(customer string, cents int) {
	b.log.Info("charge", "customer", customer, "cents", cents)
}

func main() {
	root := slog.New(newKV(os.Stdout, slog.LevelInfo))
	root.Info("starting", "version", "2.3.1")
	b := NewBilling(root)
	b.Charge("cus_812", 4200)
}
