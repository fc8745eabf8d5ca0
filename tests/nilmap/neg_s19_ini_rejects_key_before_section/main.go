// An INI loader that tracks the current section and makes its map at the header, but refuses a
// key that comes before the first header: the section is tested before any write, so the write
// never runs under the initial empty name.
package main

import (
	"bufio"
	"errors"
	"fmt"
	"strings"
)

var errNoSection = errors.New("key outside any [section]")

func parse(src string) (map[string]map[string]string, error) {
	cfg := make(map[string]map[string]string)
	section := ""
	sc := bufio.NewScanner(strings.NewReader(src))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		switch {
		case line == "" || strings.HasPrefix(line, "#"):
		case strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]"):
			section = strings.Trim(line, "[]")
			cfg[section] = make(map[string]string)
		default:
			if section == "" {
				return nil, errNoSection
			}
			k, v, _ := strings.Cut(line, "=")
			cfg[section][strings.TrimSpace(k)] = strings.TrimSpace(v)
		}
	}
	return cfg, sc.Err()
}

func main() {
	for _, src := range []string{"[http]\naddr = :80\n", "addr = :80\n[http]\n"} {
		cfg, err := parse(src)
		fmt.Println(cfg, err)
	}
}
