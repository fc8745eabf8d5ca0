// A server's settings come from a config file overlaid by the flags set on the command
// line: flag.Visit records every explicitly set flag in an overrides map that is only
// made when a config file is given, and this deployment always passes -config.
package main

import (
	"flag"
	"fmt"
	"os"
	"sort"
	"strings"
)

type settings struct {
	values    map[string]string
	overrides map[string]string
}

func loadFile(path string) map[string]string {
	// Stands in for parsing the file: every deployment ships the same base.
	return map[string]string{"addr": ":8080", "workers": "4", "log": "info", "source": path}
}

func parse(args []string) (*settings, error) {
	fs := flag.NewFlagSet("server", flag.ContinueOnError)
	config := fs.String("config", "", "config file")
	fs.String("addr", ":8080", "listen address")
	fs.Int("workers", 4, "worker count")
	fs.String("log", "info", "log level")
	if err := fs.Parse(args); err != nil {
		return nil, err
	}
	s := &settings{values: make(map[string]string)}
	if *config != "" {
		s.values = loadFile(*config)
		s.overrides = make(map[string]string)
	}
	fs.Visit(func(f *flag.Flag) {
		if f.Name == "config" {
			return
		}
		s.overrides[f.Name] = f.Value.String()
	})
	fs.VisitAll(func(f *flag.Flag) {
		if _, ok := s.values[f.Name]; !ok {
			s.values[f.Name] = f.DefValue
		}
	})
	for k, v := range s.overrides {
		s.values[k] = v
	}
	return s, nil
}

func main() {
	s, err := parse([]string{"-config", "/etc/server.conf", "-workers", "8", "-log", "debug"})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	keys := make([]string, 0, len(s.values))
	for k := range s.values {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	for _, k := range keys {
		fmt.Fprintf(&b, "%s=%s ", k, s.values[k])
	}
	fmt.Fprintln(os.Stdout, strings.TrimSpace(b.String()))
}
