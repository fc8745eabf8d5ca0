// A manifest reader parses one section of a line-based file: BEGIN opens the section with its
// settings map, END hands the section over and resets the parser, and reports that the caller
// must stop; the trailing lines after END are never parsed, so the reset map is never written.
package main

import (
	"bufio"
	"fmt"
	"strings"
)

type Section struct {
	Name     string
	Settings map[string]string
}

type Reader struct {
	cur  Section
	done []Section
}

// Line parses one line and reports whether the section is complete.
func (r *Reader) Line(line string) (bool, error) {
	key, value, ok := strings.Cut(line, "=")
	if !ok {
		return false, fmt.Errorf("malformed line %q", line)
	}
	switch key {
	case "BEGIN":
		r.cur = Section{Name: value, Settings: make(map[string]string)}
	case "END":
		r.done = append(r.done, r.cur)
		r.cur = Section{}
		return true, nil
	default:
		r.cur.Settings[strings.ToLower(key)] = value
	}
	return false, nil
}

const manifest = `BEGIN=service
Image=registry.example.com/api:1.4
Replicas=3
END=service
Comment=written by the release tool`

func main() {
	var r Reader
	sc := bufio.NewScanner(strings.NewReader(manifest))
	for sc.Scan() {
		complete, err := r.Line(sc.Text())
		if err != nil {
			fmt.Println("skip:", err)
			continue
		}
		if complete {
			break
		}
	}
	for _, s := range r.done {
		fmt.Println(s.Name, s.Settings["image"], s.Settings["replicas"])
	}
}
