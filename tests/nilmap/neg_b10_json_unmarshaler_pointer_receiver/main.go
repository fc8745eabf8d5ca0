// A webhook gateway's route config accepts headers either as an object or as a list of
// "Name: value" strings, through a custom UnmarshalJSON on the Headers map type. The method has
// a pointer receiver and makes the map when the field is still nil, so encoding/json's call on a
// route's nil Headers field fills a map of its own.
package main

import (
	"encoding/json"
	"fmt"
	"log"
	"strings"
)

type Headers map[string]string

func (h *Headers) UnmarshalJSON(data []byte) error {
	var list []string
	if err := json.Unmarshal(data, &list); err != nil {
		var obj map[string]string
		if err := json.Unmarshal(data, &obj); err != nil {
			return err
		}
		list = list[:0]
		for k, v := range obj {
			list = append(list, k+": "+v)
		}
	}
	if *h == nil {
		*h = make(Headers, len(list))
	}
	for _, line := range list {
		name, value, _ := strings.Cut(line, ":")
		(*h)[strings.TrimSpace(name)] = strings.TrimSpace(value)
	}
	return nil
}

type Route struct {
	Path    string  `json:"path"`
	Target  string  `json:"target"`
	Headers Headers `json:"headers"`
}

const config = `[
  {"path": "/github", "target": "http://ci.internal/hooks", "headers": ["X-Source: github"]},
  {"path": "/stripe", "target": "http://billing.internal/events", "headers": {"X-Source": "stripe"}}
]`

func main() {
	var routes []Route
	if err := json.Unmarshal([]byte(config), &routes); err != nil {
		log.Fatal(err)
	}
	for _, r := range routes {
		fmt.Printf("%s -> %s %v\n", r.Path, r.Target, r.Headers)
	}
}
