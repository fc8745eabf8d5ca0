// A report generator picks its column widths with an immediately invoked function literal;
// both layouts return a map of their own, so widening a column always has a map to write.
package main

import "fmt"

var compactWidths = map[string]int{"name": 12, "status": 6}

type report struct {
	layout string
	widths map[string]int
}

func newReport(layout string) *report {
	widths := func() map[string]int {
		if layout == "compact" {
			return map[string]int{"name": compactWidths["name"], "status": compactWidths["status"]}
		}
		return map[string]int{"name": 24, "status": 10}
	}()
	return &report{layout: layout, widths: widths}
}

func (r *report) widen(col string, n int) {
	if n > r.widths[col] {
		r.widths[col] = n
	}
}

func main() {
	for _, layout := range []string{"wide", "compact"} {
		r := newReport(layout)
		r.widen("name", 30)
		fmt.Println(r.layout, r.widths["name"])
	}
}
