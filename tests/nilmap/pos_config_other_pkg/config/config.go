// Package config builds the service configuration from flags-like arguments.
package config

import "strings"

type Config struct {
	Addr string
	Env  map[string]string
}

// Parse reads "addr" and leaves Env for the caller to fill.
func Parse(args []string) Config {
	var c Config
	for _, a := range args {
		if v, ok := strings.CutPrefix(a, "-addr="); ok {
			c.Addr = v
		}
	}
	return c
}
