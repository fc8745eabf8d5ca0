// A sales report keeps a Table of Rows, both named map types, and Row.Add accumulates a column.
// NewTable gives a Row to each region listed in the report's header; the importer goes through
// Table.Row, which adds a Row for a region missing from the header before Add writes to it.
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

func (t Table) Row(region string) Row {
	r, ok := t[region]
	if !ok {
		r = Row{}
		t[region] = r
	}
	return r
}

type Sale struct {
	Region  string
	Product string
	Amount  float64
}

func main() {
	t := NewTable([]string{"emea", "amer"})
	sales := []Sale{
		{"emea", "widgets", 120},
		{"amer", "gadgets", 80},
		{"apac", "widgets", 45},
	}
	for _, s := range sales {
		t.Row(s.Region).Add(s.Product, s.Amount)
	}
	for _, region := range []string{"emea", "amer", "apac"} {
		fmt.Println(region, t[region])
	}
}
