// An INI loader keeps section -> key -> value. It makes a section's map when it meets the
// "[section]" header, and the constructor opens the global "" section, so keys written
// before any header land in a made map.
package main

import (
	"bufio"
	"fmt"
	"strings"
)

type INI struct {
	sections map[string]map[string]string
}

type parser struct {
	out     *INI
	current string
	line    int
}

func newParser() *parser {
	p := &parser{out: &INI{sections: make(map[string]map[string]string)}}
	p.header("")
	return p
}

func (p *parser) header(name string) {
	p.current = name
	if _, ok := p.out.sections[name]; !ok {
		p.out.sections[name] = make(map[string]string)
	}
}

func (p *parser) pair(k, v string) {
	p.out.sections[p.current][k] = v
}

func (p *parser) feed(line string) error {
	p.line++
	line = strings.TrimSpace(line)
	switch {
	case line == "" || strings.HasPrefix(line, ";"):
		return nil
	case strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]"):
		p.header(strings.TrimSpace(line[1 : len(line)-1]))
		return nil
	}
	k, v, ok := strings.Cut(line, "=")
	if !ok {
		return fmt.Errorf("line %d: expected key=value", p.line)
	}
	p.pair(strings.TrimSpace(k), strings.TrimSpace(v))
	return nil
}

func Parse(src string) (*INI, error) {
	p := newParser()
	sc := bufio.NewScanner(strings.NewReader(src))
	for sc.Scan() {
		if err := p.feed(sc.Text()); err != nil {
			return nil, err
		}
	}
	return p.out, sc.Err()
}

const conf = `
; global settings come first
log_level = debug

[server]
addr = :8080
`

func main() {
	ini, err := Parse(conf)
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	fmt.Println(ini.sections["server"]["addr"], ini.sections[""]["log_level"])
}
