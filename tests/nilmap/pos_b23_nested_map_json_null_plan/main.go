// A rate limiter decodes its limits from JSON as plan -> route -> requests per second; a
// plan written as null decodes to a nil inner map stored under its key, so the defaults
// pass, which only adds plans that are absent, writes the health route into nil.
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
		if _, ok := c.Limits[plan]; !ok {
			c.Limits[plan] = make(map[string]int)
		}
		c.Limits[plan]["/health"] = 1000 // want "nil map|inner map"
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
