// A rate limiter decodes plan -> route -> requests per second from JSON, where a plan may
// be null; the defaults pass makes the inner map whenever it is nil, absent or null alike,
// before writing the health route.
package main

import (
	"encoding/json"
	"fmt"
	"log"
	"sort"
)

const limitsJSON = `{
	"limits": {
		"pro": {"/search": 50, "/export": 5},
		"free": null
	},
	"burst": 2
}`

type Config struct {
	Limits map[string]map[string]int `json:"limits"`
	Burst  int                       `json:"burst"`
}

func load(raw string) (*Config, error) {
	var c Config
	if err := json.Unmarshal([]byte(raw), &c); err != nil {
		return nil, err
	}
	if c.Limits == nil {
		c.Limits = make(map[string]map[string]int)
	}
	return &c, nil
}

// applyDefaults gives every plan a generous limit for the health check.
func applyDefaults(c *Config, plans []string) {
	for _, plan := range plans {
		if c.Limits[plan] == nil {
			c.Limits[plan] = make(map[string]int)
		}
		c.Limits[plan]["/health"] = 1000
	}
}

func summary(c *Config) []string {
	var out []string
	for plan, routes := range c.Limits {
		for route, rps := range routes {
			out = append(out, fmt.Sprintf("%s %s %d/s burst %d", plan, route, rps, rps*c.Burst))
		}
	}
	sort.Strings(out)
	return out
}

func main() {
	c, err := load(limitsJSON)
	if err != nil {
		log.Fatal(err)
	}
	applyDefaults(c, []string{"pro", "free", "enterprise"})
	for _, line := range summary(c) {
		fmt.Println(line)
	}
}
