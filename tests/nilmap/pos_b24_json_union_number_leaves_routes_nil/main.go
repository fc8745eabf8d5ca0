// A gateway's rate limit may be written in its JSON config as a bare number or as an object
// with per-route limits; the custom decoder fills the per-route map only for the object
// form, so exempting the health route after loading a bare number writes a nil map.
package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
)

type rateLimit struct {
	Default  int
	PerRoute map[string]int
}

func (r *rateLimit) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	if len(b) > 0 && b[0] == '{' {
		var obj struct {
			Default int            `json:"default"`
			Routes  map[string]int `json:"routes"`
		}
		if err := json.Unmarshal(b, &obj); err != nil {
			return err
		}
		r.Default, r.PerRoute = obj.Default, obj.Routes
		return nil
	}
	return json.Unmarshal(b, &r.Default)
}

func (r rateLimit) For(route string) int {
	if n, ok := r.PerRoute[route]; ok {
		return n
	}
	return r.Default
}

type gatewayConfig struct {
	Listen string    `json:"listen"`
	Limit  rateLimit `json:"rate_limit"`
}

const configJSON = `{"listen": ":8443", "rate_limit": 100}`

func load(doc string) (*gatewayConfig, error) {
	cfg := &gatewayConfig{Listen: ":8080"}
	if err := json.Unmarshal([]byte(doc), cfg); err != nil {
		return nil, fmt.Errorf("config: %w", err)
	}
	return cfg, nil
}

func main() {
	cfg, err := load(configJSON)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	// Probes must never be throttled, whatever the file says.
	cfg.Limit.PerRoute["/healthz"] = 0 // want "nil map"
	for _, route := range []string{"/healthz", "/api/orders", "/api/users"} {
		fmt.Fprintf(os.Stdout, "%s %s limit=%d\n", cfg.Listen, route, cfg.Limit.For(route))
	}
}
