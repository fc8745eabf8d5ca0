// A plugin host reads an INI-like config into sections and hands each plugin its section's map so
// the plugin can fill in its defaults. The "ratelimit" plugin has no section in this config, so the
// host adds an empty section for every plugin that lacks one before calling Defaults.
package main

import (
	"bufio"
	"fmt"
	"sort"
	"strings"
)

type Plugin interface {
	Name() string
	Defaults(section map[string]string)
}

type accessLog struct{}

func (accessLog) Name() string { return "accesslog" }
func (accessLog) Defaults(s map[string]string) {
	if _, ok := s["format"]; !ok {
		s["format"] = "combined"
	}
}

type rateLimit struct{}

func (rateLimit) Name() string { return "ratelimit" }
func (rateLimit) Defaults(s map[string]string) {
	if s["burst"] == "" {
		s["burst"] = "20"
	}
}

func parse(text string) map[string]map[string]string {
	sections := make(map[string]map[string]string)
	var cur map[string]string
	sc := bufio.NewScanner(strings.NewReader(text))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		switch {
		case line == "" || strings.HasPrefix(line, "#"):
		case strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]"):
			cur = make(map[string]string)
			sections[line[1:len(line)-1]] = cur
		case cur != nil:
			k, v, _ := strings.Cut(line, "=")
			cur[strings.TrimSpace(k)] = strings.TrimSpace(v)
		}
	}
	return sections
}

const conf = `
[accesslog]
path = /var/log/gw/access.log

[upstream]
addr = 10.0.0.12:9000
`

func main() {
	sections := parse(conf)
	plugins := []Plugin{accessLog{}, rateLimit{}}
	for _, p := range plugins {
		if sections[p.Name()] == nil {
			sections[p.Name()] = make(map[string]string)
		}
		p.Defaults(sections[p.Name()])
	}
	names := make([]string, 0, len(sections))
	for n := range sections {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Println(n, sections[n])
	}
}
