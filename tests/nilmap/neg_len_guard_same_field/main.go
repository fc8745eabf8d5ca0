// A report builder adds summary totals to a report's extras, but only for reports that
// already have extras. The extras map is made only when a section asks for extras, and a nil
// map has length zero, so a report without extras skips the totals.
package main

import "fmt"

type Report struct {
	Title  string
	Rows   [][]string
	Extras map[string]string
}

func (r *Report) addExtra(key, value string) {
	if r.Extras == nil {
		r.Extras = make(map[string]string)
	}
	r.Extras[key] = value
}

func (r *Report) summarize() {
	if len(r.Extras) > 0 {
		r.Extras["rows"] = fmt.Sprint(len(r.Rows))
	}
}

func build(title string, rows [][]string, notes ...string) *Report {
	r := &Report{Title: title, Rows: rows}
	for _, n := range notes {
		r.addExtra("note", n)
	}
	r.summarize()
	return r
}

func main() {
	reports := []*Report{
		build("refunds", [][]string{{"#1", "12.00"}}, "partial day"),
		build("chargebacks", [][]string{{"#9", "80.00"}, {"#11", "5.50"}}),
	}
	for _, r := range reports {
		fmt.Println(r.Title, r.Extras)
	}
}
