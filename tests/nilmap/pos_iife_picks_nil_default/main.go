// A report generator picks its column widths with an immediately invoked function literal;
// for the compact layout it returns the package's widths table, which was declared but never
// made, and widening a column panics.
package main

import "fmt"

var compactWidths map[string]int

type report struct {
	layout string
	widths map[string]int
}

func newReport(layout string) *report {
	widths := func() map[string]int {
		if layout == "compact" {
			return compactWidths
		}
		return map[string]int{"name": 24, "status": 10}
	}()
	return &report{layout: layout, widths: widths}
}

func (r *report) widen(col string, n int) {
	if n > r.widths[col] {
		r.widths[col] = n // want "nil map"
	}
}

func main() {
	for _, layout := range []string{"wide", "compact"} {
		r := newReport(layout)
		r.widen("name", 30)
		fmt.Println(r.layout, r.widths["name"])
	}
}
