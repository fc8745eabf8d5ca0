// An exporter plugin system builds plugins by name from a factory table. The table holds the
// csv constructor itself as a function value, not a call, so no code calls newCSVExporter by
// name; every csv exporter still comes from it, with its options map made.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Exporter interface {
	Configure(key, value string) error
	Export(rows [][]string) string
}

type jsonExporter struct{ indent string }

func (j *jsonExporter) Configure(key, value string) error {
	if key != "indent" {
		return fmt.Errorf("json: unknown option %q", key)
	}
	j.indent = value
	return nil
}

func (j *jsonExporter) Export(rows [][]string) string {
	return fmt.Sprintf("%d rows as json", len(rows))
}

type csvExporter struct {
	opts map[string]string
}

func newCSVExporter() Exporter {
	return &csvExporter{opts: map[string]string{"sep": ","}}
}

func (c *csvExporter) Configure(key, value string) error {
	c.opts[key] = value
	return nil
}

func (c *csvExporter) Export(rows [][]string) string {
	lines := make([]string, len(rows))
	for i, r := range rows {
		lines[i] = strings.Join(r, c.opts["sep"])
	}
	return strings.Join(lines, "\n")
}

var factories = map[string]func() Exporter{
	"json": func() Exporter { return &jsonExporter{} },
	"csv":  newCSVExporter,
}

func build(name string, opts map[string]string) (Exporter, error) {
	f, ok := factories[name]
	if !ok {
		return nil, fmt.Errorf("no exporter %q", name)
	}
	e := f()
	keys := make([]string, 0, len(opts))
	for k := range opts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		if err := e.Configure(k, opts[k]); err != nil {
			return nil, err
		}
	}
	return e, nil
}

func main() {
	rows := [][]string{{"id", "name"}, {"1", "ada"}}
	for _, name := range []string{"json", "csv"} {
		e, err := build(name, map[string]string{"sep": ";"})
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(e.Export(rows))
	}
}
