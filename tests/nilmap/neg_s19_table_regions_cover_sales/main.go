// A sales report keeps a Table of Rows, both named map types, and Row.Add accumulates a column.
// NewTable gives a Row to each region of the report's header, and the header lists every region
// the sales come from, so each t[region].Add finds its Row.
package main

import "fmt"

type Row map[string]float64

func (r Row) Add(col string, v float64) {
	r[col] += v
}

type Table map[string]Row

func NewTable(regions []string) Table {
	t := make(Table, len(regions))
	for _, r := range regions {
		t[r] = Row{}
	}
	return t
}

type Sale struct {
	Region  string
	Product string
	Amount  float64
}

func main() {
	t := NewTable([]string{"emea", "amer", "apac"})
	sales := []Sale{
		{"emea", "widgets", 120},
		{"amer", "gadgets", 80},
		{"apac", "widgets", 45},
	}
	for _, s := range sales {
		t[s.Region].Add(s.Product, s.Amount)
	}
	for _, region := range []string{"emea", "amer", "apac"} {
		fmt.Println(region, t[region])
	}
}
