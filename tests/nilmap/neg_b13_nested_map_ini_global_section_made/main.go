// A config loader reads INI files into section -> key -> value. A [section] header makes the
// section's map, and the loader makes the global section "" before the first line, so keys
// before the first header have a map to go into.
package main

import (
	"bufio"
	"fmt"
	"strings"
)

const file = `log_level = debug
; per-service settings follow
[http]
addr = :8080
read_timeout = 5s

[db]
dsn = postgres://localhost/app
`

func parseINI(src string) (map[string]map[string]string, error) {
	cfg := map[string]map[string]string{"": {}}
	section := ""
	sc := bufio.NewScanner(strings.NewReader(src))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		switch {
		case line == "" || strings.HasPrefix(line, ";"):
			continue
		case strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]"):
			section = strings.TrimSpace(line[1 : len(line)-1])
			if _, ok := cfg[section]; !ok {
				cfg[section] = make(map[string]string)
			}
		default:
			k, v, ok := strings.Cut(line, "=")
			if !ok {
				return nil, fmt.Errorf("line %d: want key = value", n)
			}
			cfg[section][strings.TrimSpace(k)] = strings.TrimSpace(v)
		}
	}
	return cfg, sc.Err()
}

func main() {
	cfg, err := parseINI(file)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("http.addr:", cfg["http"]["addr"])
	fmt.Println("log_level:", cfg[""]["log_level"])
}
