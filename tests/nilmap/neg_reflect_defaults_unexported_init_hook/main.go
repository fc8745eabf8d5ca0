// A proxy's upstream configs get their nil map fields made by a reflection helper, which
// skips the fields it cannot set; for those it calls the value's own init hook, which makes
// the unexported cache of resolved hosts, so storing the first address finds a map.
package main

import (
	"fmt"
	"reflect"
	"strings"
)

type UpstreamConfig struct {
	Name     string
	Headers  map[string]string
	Weights  map[string]int
	resolved map[string]string
}

// initializer is implemented by configs with private state reflection cannot reach.
type initializer interface {
	initPrivate()
}

func (u *UpstreamConfig) initPrivate() {
	if u.resolved == nil {
		u.resolved = make(map[string]string)
	}
}

// fillDefaults makes every nil map field of the struct v points to, and lets the value
// initialise what reflection cannot set.
func fillDefaults(v any) {
	rv := reflect.ValueOf(v).Elem()
	for i := 0; i < rv.NumField(); i++ {
		field := rv.Field(i)
		if field.Kind() != reflect.Map || !field.IsNil() || !field.CanSet() {
			continue
		}
		field.Set(reflect.MakeMap(field.Type()))
	}
	if in, ok := v.(initializer); ok {
		in.initPrivate()
	}
}

// lookupHost stands in for DNS: a stable fake address per host.
func lookupHost(host string) string {
	sum := 0
	for _, r := range host {
		sum += int(r)
	}
	return fmt.Sprintf("10.0.%d.%d", sum%7, sum%250)
}

func (u *UpstreamConfig) resolve(host string) string {
	if addr, ok := u.resolved[host]; ok {
		return addr
	}
	addr := lookupHost(host)
	u.resolved[host] = addr
	return addr
}

func (u *UpstreamConfig) route(hosts []string) []string {
	var out []string
	for _, h := range hosts {
		u.Weights[h]++
		out = append(out, h+"="+u.resolve(h))
	}
	return out
}

func main() {
	configs := []*UpstreamConfig{
		{Name: "api"},
		{Name: "auth", Weights: map[string]int{"auth-1.internal": 2}},
	}
	for _, c := range configs {
		fillDefaults(c)
		c.Headers["X-Upstream"] = c.Name
		routes := c.route([]string{c.Name + "-1.internal", c.Name + "-2.internal"})
		fmt.Printf("%s: %s (headers %d)\n", c.Name, strings.Join(routes, " "), len(c.Headers))
	}
}
