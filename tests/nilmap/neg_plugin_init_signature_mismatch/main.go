// A plugin host runs Init on every plugin that implements Initializer before it serves. Both
// plugins declare Init with the interface's exact signature, so the host initialises the
// geoip plugin too and its lookups cache into the map Init made.
package main

import (
	"fmt"
	"strconv"
	"strings"
)

type Plugin interface {
	Name() string
	Handle(req string) string
}

type Initializer interface {
	Init(cfg map[string]string) error
}

type rateLimit struct {
	limit int
	seen  map[string]int
}

func (r *rateLimit) Name() string { return "ratelimit" }

func (r *rateLimit) Init(cfg map[string]string) error {
	n, err := strconv.Atoi(cfg["limit"])
	if err != nil {
		return err
	}
	r.limit = n
	r.seen = make(map[string]int)
	return nil
}

func (r *rateLimit) Handle(ip string) string {
	r.seen[ip]++
	return fmt.Sprintf("%d/%d", r.seen[ip], r.limit)
}

type geoIP struct {
	db    map[string]string // prefix -> country
	cache map[string]string // ip -> country
}

func (g *geoIP) Name() string { return "geoip" }

func (g *geoIP) Init(cfg map[string]string) error {
	g.db = map[string]string{"10.": "ZZ", "81.": "DE"}
	g.cache = make(map[string]string, len(cfg))
	return nil
}

func (g *geoIP) Handle(ip string) string {
	if c, ok := g.cache[ip]; ok {
		return c
	}
	country := "??"
	for prefix, c := range g.db {
		if strings.HasPrefix(ip, prefix) {
			country = c
		}
	}
	g.cache[ip] = country
	return country
}

func start(plugins []Plugin, cfg map[string]map[string]string) error {
	for _, p := range plugins {
		if in, ok := p.(Initializer); ok {
			if err := in.Init(cfg[p.Name()]); err != nil {
				return fmt.Errorf("init %s: %w", p.Name(), err)
			}
		}
	}
	return nil
}

func main() {
	plugins := []Plugin{&rateLimit{}, &geoIP{}}
	cfg := map[string]map[string]string{"ratelimit": {"limit": "100"}}
	if err := start(plugins, cfg); err != nil {
		fmt.Println(err)
		return
	}
	for _, p := range plugins {
		fmt.Println(p.Name(), p.Handle("81.2.69.160"))
	}
}
