// A plugin host decodes each plugin's settings through a helper that only logs errors. The
// host passes a pointer to the settings struct, and every manifest has an env object, so
// json.Unmarshal makes the Env map before the host adds its variables.
package main

import (
	"encoding/json"
	"fmt"
	"log"
	"os"
	"sort"
)

type Settings struct {
	Command string            `json:"command"`
	Env     map[string]string `json:"env"`
	Timeout int               `json:"timeout"`
}

type Plugin struct {
	Name     string
	Settings Settings
}

var logger = log.New(os.Stderr, "plugins: ", 0)

func decode(raw []byte, v any) {
	if err := json.Unmarshal(raw, v); err != nil {
		logger.Printf("settings ignored: %v", err)
	}
}

func load(name string, raw []byte, hostEnv map[string]string) Plugin {
	var s Settings
	decode(raw, &s)
	for k, v := range hostEnv {
		s.Env[k] = v
	}
	if s.Timeout == 0 {
		s.Timeout = 30
	}
	return Plugin{Name: name, Settings: s}
}

func main() {
	hostEnv := map[string]string{"HOST_VERSION": "2.3.1"}
	manifests := map[string]string{
		"lint":   `{"command": "golint", "env": {"LINT_STRICT": "1"}, "timeout": 10}`,
		"format": `{"command": "gofmt", "env": {"GOFLAGS": "-mod=mod"}}`,
	}
	names := make([]string, 0, len(manifests))
	for name := range manifests {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		p := load(name, []byte(manifests[name]), hostEnv)
		fmt.Printf("%s: %s timeout=%d env=%d\n", p.Name, p.Settings.Command, p.Settings.Timeout, len(p.Settings.Env))
	}
}
