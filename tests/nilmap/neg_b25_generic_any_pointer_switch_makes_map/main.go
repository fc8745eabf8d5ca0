// A query-string codec decodes into any T through a type switch on any(&out): the slice case
// appends to the zero slice, and the map case makes the zero map before its first store, so
// every T that is a map type gets a map of its own.
package main

import (
	"fmt"
	"os"
	"strings"
)

type Tags map[string]string

func decode[T any](query string) (T, error) {
	var out T
	if query == "" {
		return out, nil
	}
	for _, pair := range strings.Split(query, "&") {
		key, value, ok := strings.Cut(pair, "=")
		if !ok {
			return out, fmt.Errorf("pair %q: missing '='", pair)
		}
		switch p := any(&out).(type) {
		case *[]string:
			*p = append(*p, value)
		case *Tags:
			if *p == nil {
				*p = make(Tags)
			}
			(*p)[key] = value
		default:
			return out, fmt.Errorf("cannot decode into %T", out)
		}
	}
	return out, nil
}

type client struct {
	defaultTags Tags
}

func (c *client) tagsFor(query string) (Tags, error) {
	tags, err := decode[Tags](query)
	if err != nil {
		return nil, err
	}
	for k, v := range c.defaultTags {
		if _, set := tags[k]; !set {
			if tags == nil {
				tags = Tags{}
			}
			tags[k] = v
		}
	}
	return tags, nil
}

func main() {
	c := &client{defaultTags: Tags{"env": "prod"}}
	ids, err := decode[[]string]("id=1&id=2")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	tags, err := c.tagsFor("team=search&tier=1")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Println(ids, len(tags))
}
