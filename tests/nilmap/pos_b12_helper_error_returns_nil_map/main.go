// An ingest CLI reads access-log lines whose last field is a list of key=value tags. parseTags
// returns nil with its error when a pair has no '=', and the loop only logs the error, keeping the
// line "with whatever tags parsed"; the source tag it then adds goes into the nil map the helper
// returned.
package main

import (
	"errors"
	"fmt"
	"log"
	"strings"
)

type Record struct {
	Path string
	Tags map[string]string
}

var errBadPair = errors.New("tag without '='")

func parseTags(field string) (map[string]string, error) {
	tags := make(map[string]string)
	for _, pair := range strings.Split(field, ",") {
		if pair == "" {
			continue
		}
		k, v, ok := strings.Cut(pair, "=")
		if !ok {
			return nil, fmt.Errorf("%q: %w", pair, errBadPair)
		}
		tags[strings.TrimSpace(k)] = strings.TrimSpace(v)
	}
	return tags, nil
}

func ingest(lines []string, source string) []Record {
	var out []Record
	for n, line := range lines {
		fields := strings.Fields(line)
		if len(fields) < 2 {
			log.Printf("line %d: too short, skipped", n+1)
			continue
		}
		tags, err := parseTags(fields[1])
		if err != nil {
			log.Printf("line %d: %v (kept)", n+1, err)
		}
		tags["source"] = source // want "nil map"
		out = append(out, Record{Path: fields[0], Tags: tags})
	}
	return out
}

func main() {
	lines := []string{
		"/api/orders region=eu,tier=gold",
		"/api/users region=us",
		"/healthz probe,region=eu",
	}
	for _, r := range ingest(lines, "lb-3") {
		fmt.Println(r.Path, r.Tags)
	}
}
