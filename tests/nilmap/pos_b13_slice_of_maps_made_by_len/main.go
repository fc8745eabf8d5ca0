// A bulk-import CLI turns CSV lines into records keyed by column name. It sizes the record
// slice with make([]map[string]string, len(lines)), which gives len(lines) nil maps, and then
// fills each record by column, so the first cell of the first record goes into a nil map.
package main

import (
	"encoding/csv"
	"fmt"
	"log"
	"strings"
)

const input = `email,name,plan
ada@example.com,Ada,pro
grace@example.com,Grace,free
linus@example.com,Linus,team`

func parseRecords(src string) ([]map[string]string, error) {
	rows, err := csv.NewReader(strings.NewReader(src)).ReadAll()
	if err != nil {
		return nil, err
	}
	if len(rows) < 2 {
		return nil, fmt.Errorf("no data rows")
	}
	header, lines := rows[0], rows[1:]
	records := make([]map[string]string, len(lines))
	for i, line := range lines {
		for j, cell := range line {
			records[i][header[j]] = strings.TrimSpace(cell) // want "nil map"
		}
	}
	return records, nil
}

func validate(rec map[string]string) error {
	if !strings.Contains(rec["email"], "@") {
		return fmt.Errorf("bad email %q", rec["email"])
	}
	return nil
}

func main() {
	records, err := parseRecords(input)
	if err != nil {
		log.Fatal(err)
	}
	imported := 0
	for _, rec := range records {
		if err := validate(rec); err != nil {
			fmt.Println("skip:", err)
			continue
		}
		imported++
	}
	fmt.Println("imported", imported, "users")
}
