// A deploy tool wraps every remote fetch in a generic Result[T]; on an error Try returns a
// Result whose Val is T's zero value, here a nil map, and the caller that only logs Err goes
// on to add its local override into that map.
package main

import (
	"errors"
	"fmt"
	"maps"
	"sort"
)

var errNotFound = errors.New("not found")

type Result[T any] struct {
	Val T
	Err error
}

func Try[T any](fetch func() (T, error)) Result[T] {
	v, err := fetch()
	if err != nil {
		var zero T
		return Result[T]{Val: zero, Err: err}
	}
	return Result[T]{Val: v}
}

type SettingsClient struct {
	remote map[string]map[string]string
}

func (c *SettingsClient) Fetch(service string) (map[string]string, error) {
	s, ok := c.remote[service]
	if !ok {
		return nil, fmt.Errorf("settings for %q: %w", service, errNotFound)
	}
	return maps.Clone(s), nil
}

func render(service string, settings map[string]string) string {
	keys := make([]string, 0, len(settings))
	for k := range settings {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	out := service + ":"
	for _, k := range keys {
		out += " " + k + "=" + settings[k]
	}
	return out
}

func main() {
	client := &SettingsClient{remote: map[string]map[string]string{
		"billing": {"replicas": "3", "tier": "gold"},
	}}
	for _, service := range []string{"billing", "search"} {
		res := Try(func() (map[string]string, error) { return client.Fetch(service) })
		if res.Err != nil {
			fmt.Println("warning:", res.Err)
		}
		res.Val["region"] = "eu-west-1" // want "nil map"
		fmt.Println(render(service, res.Val))
	}
}
