// An audit-log importer replays a tab-separated dump through the same sql.Scanner types the
// database layer uses, so a column decodes the same way from either source. Attrs, a named map
// type stored as "k=v;k=v", implements Scan on its pointer and replaces *a with a fresh map
// before writing the pairs, so a fresh event's nil Attrs is made by the scan.
package main

import (
	"database/sql"
	"fmt"
	"strings"
)

type Attrs map[string]string

func (a *Attrs) Scan(src any) error {
	s, ok := src.(string)
	if !ok {
		return fmt.Errorf("attrs: unsupported type %T", src)
	}
	*a = make(Attrs)
	for _, pair := range strings.Split(s, ";") {
		k, v, found := strings.Cut(pair, "=")
		if !found || k == "" {
			continue
		}
		(*a)[k] = v
	}
	return nil
}

type event struct {
	ID     sql.NullInt64
	Actor  sql.NullString
	Action sql.NullString
	Attrs  Attrs
}

// scanRow mimics sql.Rows.Scan for dump rows: every destination is a sql.Scanner.
func scanRow(line string, dest ...sql.Scanner) error {
	cols := strings.Split(line, "\t")
	if len(cols) != len(dest) {
		return fmt.Errorf("want %d columns, got %d", len(dest), len(cols))
	}
	for i, col := range cols {
		var v any = col
		if i == 0 {
			var id int64
			fmt.Sscan(col, &id)
			v = id
		}
		if err := dest[i].Scan(v); err != nil {
			return fmt.Errorf("column %d: %w", i, err)
		}
	}
	return nil
}

const dump = "1\talice\tlogin\tip=10.0.0.7;agent=cli\n2\tbob\tdelete\tresource=bucket/logs"

func main() {
	var events []event
	for _, line := range strings.Split(dump, "\n") {
		var ev event
		if err := scanRow(line, &ev.ID, &ev.Actor, &ev.Action, &ev.Attrs); err != nil {
			fmt.Println("skip:", err)
			continue
		}
		events = append(events, ev)
	}
	for _, ev := range events {
		fmt.Println(ev.ID.Int64, ev.Actor.String, ev.Action.String, ev.Attrs)
	}
}
