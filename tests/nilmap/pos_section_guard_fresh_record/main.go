// An inventory importer reads an INI-like export: a "[labels]" header switches the parser
// into label mode and makes the label map of the record being built. But the record is a
// new value on every line, so the label lines that follow the header write into the fresh
// record's map, which only the header's turn made: the section name carries over between
// turns, the made map does not.
package main

import (
	"fmt"
	"strings"
)

type Record struct {
	Host   string
	Labels map[string]string
}

const export = `host=web-1
[labels]
role=frontend
zone=eu-west-1a
`

func importRecords(text string) []*Record {
	var out []*Record
	section := ""
	for _, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		rec := &Record{}
		if strings.HasPrefix(line, "[") {
			section = strings.Trim(line, "[]")
			if section == "labels" {
				rec.Labels = make(map[string]string)
			}
			continue
		}
		key, value, _ := strings.Cut(line, "=")
		if section == "labels" {
			rec.Labels[key] = value // want "nil map"
		} else if key == "host" {
			rec.Host = value
		}
		out = append(out, rec)
	}
	return out
}

func main() {
	for _, r := range importRecords(export) {
		fmt.Println(r.Host, len(r.Labels))
	}
}
