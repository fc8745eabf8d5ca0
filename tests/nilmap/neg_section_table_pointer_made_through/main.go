// A manifest decoder reaches each section's map field through a table of pointers to the
// fields; newManifest makes only the labels map, and the decoder makes a section's map through
// its pointer before the first key of that section goes in.
package main

import (
	"fmt"
	"strings"
)

type Manifest struct {
	Name        string
	Labels      map[string]string
	Annotations map[string]string
}

func newManifest() *Manifest {
	return &Manifest{Labels: map[string]string{}}
}

func decode(src string) (*Manifest, error) {
	m := newManifest()
	sections := map[string]*map[string]string{
		"labels":      &m.Labels,
		"annotations": &m.Annotations,
	}
	var cur *map[string]string
	for i, line := range strings.Split(src, "\n") {
		line = strings.TrimSpace(line)
		switch {
		case line == "" || strings.HasPrefix(line, "#"):
		case strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]"):
			p, ok := sections[strings.Trim(line, "[]")]
			if !ok {
				return nil, fmt.Errorf("line %d: unknown section %s", i+1, line)
			}
			cur = p
		default:
			k, v, ok := strings.Cut(line, "=")
			if !ok {
				return nil, fmt.Errorf("line %d: want key = value", i+1)
			}
			k, v = strings.TrimSpace(k), strings.TrimSpace(v)
			if cur == nil {
				if k == "name" {
					m.Name = v
				}
				continue
			}
			if *cur == nil {
				*cur = map[string]string{}
			}
			(*cur)[k] = v
		}
	}
	return m, nil
}

func main() {
	m, err := decode(`name = checkout
[labels]
team = payments
[annotations]
owner = payments-oncall@example.com
`)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(m.Name, m.Labels, m.Annotations)
}
