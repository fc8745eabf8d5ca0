// Exporter plugins embed a Base whose Init makes the metadata map; the CSV exporter
// declares its own Init, which shadows Base.Init and does not call it, and its own SetMeta,
// which makes the map on first use. A near miss of an outer Init shadowing the base's: the
// host's SetMeta through the interface runs the CSV's own method, not the promoted one.
package main

import (
	"fmt"
	"os"
	"sort"
	"strings"
)

type Exporter interface {
	Init()
	SetMeta(key, value string)
	Export(rows [][]string) string
}

type Base struct {
	name string
	meta map[string]string
}

func (b *Base) Init() { b.meta = make(map[string]string) }

func (b *Base) SetMeta(key, value string) {
	b.meta[key] = value
}

func (b *Base) header() string {
	keys := make([]string, 0, len(b.meta))
	for k := range b.meta {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var parts []string
	for _, k := range keys {
		parts = append(parts, k+"="+b.meta[k])
	}
	return "# " + b.name + " " + strings.Join(parts, " ")
}

type JSONLines struct{ Base }

func (j *JSONLines) Export(rows [][]string) string {
	var out []string
	for _, r := range rows {
		out = append(out, fmt.Sprintf("%q", r))
	}
	return j.header() + "\n" + strings.Join(out, "\n")
}

type CSV struct {
	Base
	sep string
}

func (c *CSV) Init() {
	c.sep = ","
}

func (c *CSV) SetMeta(key, value string) {
	if c.meta == nil {
		c.meta = make(map[string]string)
	}
	c.meta[key] = value
}

func (c *CSV) Export(rows [][]string) string {
	var out []string
	for _, r := range rows {
		out = append(out, strings.Join(r, c.sep))
	}
	return c.header() + "\n" + strings.Join(out, "\n")
}

func main() {
	plugins := []Exporter{
		&JSONLines{Base{name: "jsonl"}},
		&CSV{Base: Base{name: "csv"}},
	}
	rows := [][]string{{"id", "name"}, {"1", "ada"}, {"2", "linus"}}
	for _, p := range plugins {
		p.Init()
		p.SetMeta("source", "users")
		p.SetMeta("rows", fmt.Sprint(len(rows)))
		fmt.Fprintln(os.Stdout, p.Export(rows))
	}
}
