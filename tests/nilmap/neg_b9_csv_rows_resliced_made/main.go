// A CSV exporter turns each record into a row map keyed by column name. It preallocates the row
// slice with a capacity only and then reslices it to full length to fill the rows by index; each
// row exposed by the reslice is made before its columns are written.
package main

import (
	"encoding/csv"
	"fmt"
	"strings"
)

const input = `id,email,plan
1,ana@example.com,pro
2,bo@example.com,free
`

func toRows(header []string, records [][]string) []map[string]string {
	rows := make([]map[string]string, 0, len(records))
	rows = rows[:len(records)]
	for i, rec := range records {
		rows[i] = make(map[string]string, len(header))
		for j, col := range header {
			rows[i][col] = rec[j]
		}
	}
	return rows
}

func main() {
	r := csv.NewReader(strings.NewReader(input))
	all, err := r.ReadAll()
	if err != nil {
		fmt.Println("read:", err)
		return
	}
	rows := toRows(all[0], all[1:])
	for _, row := range rows {
		fmt.Println(row["id"], row["email"], row["plan"])
	}
}
