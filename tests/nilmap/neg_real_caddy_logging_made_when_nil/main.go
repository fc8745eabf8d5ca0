// Reduced from caddyserver/caddy/v2 v2.11.9, caddyconfig/httpcaddyfile/httptype.go:343, where
// mapscope check (with places followed through pointer fields) reported the writes to
// `cfg.Logging.Logs` as writes to a nil map, with the note that the config's composite literal
// does not set it. The literal leaves the `Logging` pointer nil, and the adapter makes the
// logging section with its map (`if cfg.Logging == nil { cfg.Logging = &Logging{Logs: ...} }`)
// before it writes: zero memory behind a pointer field is a nil pointer, not a nil map. A near
// miss: a pointer field left nil by a literal and filled under a nil test before the writes.
// Our own rewrite.
package main

import (
	"fmt"
	"sort"
)

type customLog struct {
	Writer  string
	Include []string
	Exclude []string
}

type logging struct {
	Logs map[string]*customLog
}

type config struct {
	Apps    map[string]string
	Logging *logging
}

type namedLog struct {
	name string
	log  *customLog
}

func buildConfig(customLogs []namedLog) *config {
	cfg := &config{Apps: map[string]string{"http": "{}"}}
	if len(customLogs) > 0 {
		if cfg.Logging == nil {
			cfg.Logging = &logging{Logs: make(map[string]*customLog)}
		}
		for _, ncl := range customLogs {
			if ncl.name == "default" && ncl.log != nil {
				cfg.Logging.Logs["default"] = ncl.log
				break
			}
		}
		for _, ncl := range customLogs {
			if ncl.log == nil || ncl.name == "default" {
				continue
			}
			cfg.Logging.Logs[ncl.name] = ncl.log
			if len(ncl.log.Include) > 0 {
				def, ok := cfg.Logging.Logs["default"]
				if !ok {
					def = &customLog{Writer: "stderr"}
					cfg.Logging.Logs["default"] = def
				}
				def.Exclude = append(def.Exclude, ncl.log.Include...)
			}
		}
	}
	return cfg
}

func main() {
	cfg := buildConfig([]namedLog{
		{name: "access", log: &customLog{Writer: "file", Include: []string{"http.log.access"}}},
	})
	names := make([]string, 0, len(cfg.Logging.Logs))
	for name := range cfg.Logging.Logs {
		names = append(names, name)
	}
	sort.Strings(names)
	fmt.Println(names, cfg.Logging.Logs["default"].Exclude)
}
