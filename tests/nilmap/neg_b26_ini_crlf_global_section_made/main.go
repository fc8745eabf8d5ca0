// A deploy tool reads an INI file of per-environment settings that was saved on Windows. The
// reader splits the text on "\n" only, so every line keeps its "\r": "[staging]\r" does not end
// in "]" and is taken for a bare boolean key, but keys before any header go to a "global"
// section the parser makes up front, so they land in the wrong section without a panic.
package main

import (
	"fmt"
	"os"
	"sort"
	"strings"
)

type Config struct {
	Sections map[string]map[string]string
}

const settingsINI = "[staging]\r\nreplicas = 2\r\nregion = eu-west-1\r\n\r\n[production]\r\nreplicas = 6\r\n"

func parse(text string) (*Config, error) {
	cfg := &Config{Sections: make(map[string]map[string]string)}
	current := make(map[string]string)
	cfg.Sections["global"] = current
	for _, line := range strings.Split(text, "\n") {
		line = strings.TrimLeft(line, " \t")
		if line == "" || line == "\r" || strings.HasPrefix(line, ";") {
			continue
		}
		if strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]") {
			name := strings.TrimSpace(line[1 : len(line)-1])
			current = make(map[string]string)
			cfg.Sections[name] = current
			continue
		}
		key, value, ok := strings.Cut(line, "=")
		if !ok {
			value = "true" // a bare key is a boolean switch
		}
		current[strings.TrimSpace(key)] = strings.TrimSpace(value)
	}
	return cfg, nil
}

func main() {
	cfg, err := parse(settingsINI)
	if err != nil {
		fmt.Fprintln(os.Stderr, "settings:", err)
		os.Exit(1)
	}
	names := make([]string, 0, len(cfg.Sections))
	for name := range cfg.Sections {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		fmt.Printf("%s: replicas=%s\n", name, cfg.Sections[name]["replicas"])
	}
}
