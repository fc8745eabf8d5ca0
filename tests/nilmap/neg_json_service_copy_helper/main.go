// A deploy tool reads a compose-style JSON file into a map of service structs and injects
// environment variables. service() hands out a pointer to a copy of the map's value, and the
// injector writes the copy's env map and stores the copy back; the worker service has no
// "env" key in the file, and service() makes the copy's map when it is missing.
package main

import (
	"encoding/json"
	"fmt"
	"sort"
)

type Service struct {
	Image string            `json:"image"`
	Env   map[string]string `json:"env"`
}

type Compose struct {
	Services map[string]Service `json:"services"`
}

func (c *Compose) service(name string) (*Service, bool) {
	s, ok := c.Services[name]
	if s.Env == nil {
		s.Env = map[string]string{}
	}
	return &s, ok
}

func (c *Compose) setEnv(name, key, value string) {
	s, ok := c.service(name)
	if !ok {
		return
	}
	s.Env[key] = value
	c.Services[name] = *s
}

const file = `{"services": {
	"api":    {"image": "shop/api:1.4", "env": {"PORT": "8080"}},
	"worker": {"image": "shop/worker:1.4"}
}}`

func main() {
	var c Compose
	if err := json.Unmarshal([]byte(file), &c); err != nil {
		panic(err)
	}
	names := make([]string, 0, len(c.Services))
	for n := range c.Services {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		c.setEnv(n, "DEPLOY_ENV", "staging")
		fmt.Println(n, c.Services[n].Image, c.Services[n].Env["DEPLOY_ENV"])
	}
}
