// A sandbox runner keeps the default job profile in a package variable that init fills from the
// environment. The env table is only made when SANDBOX_DEFAULT_PATH is set; on a machine without
// it, applying the -env overrides from the command line writes into a nil map.
package main

import (
	"fmt"
	"os"
	"sort"
	"strings"
)

type Profile struct {
	Shell   string
	Timeout int
	Env     map[string]string
}

var defaultProfile Profile

func init() {
	defaultProfile.Shell = "/bin/sh"
	defaultProfile.Timeout = 30
	if p := os.Getenv("SANDBOX_DEFAULT_PATH"); p != "" {
		defaultProfile.Env = map[string]string{"PATH": p}
	}
}

// applyOverrides folds KEY=VALUE overrides into the default profile before any job starts.
func applyOverrides(overrides []string) error {
	for _, kv := range overrides {
		k, v, ok := strings.Cut(kv, "=")
		if !ok {
			return fmt.Errorf("override %q: want KEY=VALUE", kv)
		}
		defaultProfile.Env[k] = v // want "nil map"
	}
	return nil
}

type Job struct {
	Name string
	Cmd  string
}

func render(j Job, p Profile) string {
	keys := make([]string, 0, len(p.Env))
	for k := range p.Env {
		keys = append(keys, k+"="+p.Env[k])
	}
	sort.Strings(keys)
	return fmt.Sprintf("%s: env %s %s -c %q (timeout %ds)", j.Name, strings.Join(keys, " "), p.Shell, j.Cmd, p.Timeout)
}

func main() {
	if err := applyOverrides([]string{"LANG=C.UTF-8", "CI=true"}); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	for _, j := range []Job{{"lint", "golangci-lint run"}, {"unit", "go test ./..."}} {
		fmt.Println(render(j, defaultProfile))
	}
}
