// An inventory importer reads a supplier's CSV export (FieldsPerRecord = -1, because suppliers
// drop trailing empty cells) and builds one Item per row. The item's label map is made before
// the cells are walked and the "labels" column only fills it, so a short row that stops before
// that column still gives an item with a map for its source tag.
package main

import (
	"encoding/csv"
	"fmt"
	"strconv"
	"strings"
)

const export = `sku,name,qty,labels
A-100,bolt,40,size=m6;finish=zinc
A-101,nut,120
A-102,washer,300,size=m6
`

type Item struct {
	SKU    string
	Name   string
	Qty    int
	Labels map[string]string
}

func parseItem(header, row []string) Item {
	it := Item{Labels: make(map[string]string)}
	for i, cell := range row {
		switch header[i] {
		case "sku":
			it.SKU = cell
		case "name":
			it.Name = cell
		case "qty":
			it.Qty, _ = strconv.Atoi(cell) // a bad count imports as 0 and is flagged by stock-take
		case "labels":
			for _, kv := range strings.Split(cell, ";") {
				if k, v, ok := strings.Cut(kv, "="); ok {
					it.Labels[k] = v
				}
			}
		}
	}
	return it
}

func importItems(data, source string) ([]Item, error) {
	r := csv.NewReader(strings.NewReader(data))
	r.FieldsPerRecord = -1
	records, err := r.ReadAll()
	if err != nil {
		return nil, err
	}
	header := records[0]
	var items []Item
	for _, row := range records[1:] {
		it := parseItem(header, row)
		it.Labels["source"] = source
		items = append(items, it)
	}
	return items, nil
}

func main() {
	items, err := importItems(export, "supplier-7")
	if err != nil {
		fmt.Println("import failed:", err)
		return
	}
	for _, it := range items {
		fmt.Printf("%s %-6s qty=%d labels=%v\n", it.SKU, it.Name, it.Qty, it.Labels)
	}
}
