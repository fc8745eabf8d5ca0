// A real bug found by mapscope check in influxdata/influxdb v1.13.2,
// services/graphite/parser.go:179: Parser.ApplyTemplate adds the parser's default tags to the
// map Template.Apply returns before looking at Apply's error, and Apply returns a nil map with
// an error for a template that uses "field" twice or both "field*" and "measurement*", which
// NewTemplate and the config's validation accept. A parser with default tags then panics on
// such a template. This program is our own reproduction of that shape, not the project's code.
package main

import (
	"fmt"
	"strings"
)

type tag struct{ key, value string }

type template struct {
	tags      []string
	separator string
}

func newTemplate(pattern string) (*template, error) {
	tags := strings.Split(pattern, ".")
	for _, t := range tags {
		if strings.HasPrefix(t, "measurement") {
			return &template{tags: tags, separator: "."}, nil
		}
	}
	return nil, fmt.Errorf("no measurement specified for template %q", pattern)
}

func (t *template) apply(line string) (string, map[string]string, string, error) {
	fields := strings.Split(line, ".")
	var measurement []string
	var field string
	tags := make(map[string][]string)
	for i, tag := range t.tags {
		if i >= len(fields) {
			continue
		}
		switch tag {
		case "measurement":
			measurement = append(measurement, fields[i])
		case "field":
			if len(field) != 0 {
				return "", nil, "", fmt.Errorf("'field' can only be used once in each template: %q", line)
			}
			field = fields[i]
		case "":
		default:
			tags[tag] = append(tags[tag], fields[i])
		}
	}
	outTags := make(map[string]string)
	for k, values := range tags {
		outTags[k] = strings.Join(values, t.separator)
	}
	return strings.Join(measurement, t.separator), outTags, field, nil
}

type parser struct {
	template *template
	tags     []tag
}

func (p *parser) applyTemplate(line string) (string, map[string]string, string, error) {
	fields := strings.Fields(line)
	if len(fields) == 0 {
		return "", make(map[string]string), "", nil
	}
	name, tags, field, err := p.template.apply(fields[0])
	for _, t := range p.tags {
		if _, ok := tags[t.key]; !ok {
			tags[t.key] = t.value // want "nil map"
		}
	}
	return name, tags, field, err
}

func main() {
	tmpl, err := newTemplate("measurement.field.field")
	if err != nil {
		panic(err)
	}
	p := &parser{template: tmpl, tags: []tag{{key: "region", value: "us-west"}}}
	name, tags, field, err := p.applyTemplate("cpu.load.idle 1 1700000000")
	fmt.Println(name, tags, field, err)
}
