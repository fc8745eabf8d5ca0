// An API gateway loads access policies from JSON. StringSet decodes a JSON array into a set
// through an UnmarshalJSON with a value receiver, which fills the map it is given; decoding
// into a zero Policy hands it the nil Allowed map, and encoding/json calls it there.
package main

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"
)

type StringSet map[string]struct{}

func (s StringSet) UnmarshalJSON(b []byte) error {
	var items []string
	if err := json.Unmarshal(b, &items); err != nil {
		return err
	}
	for _, it := range items {
		s[strings.ToLower(it)] = struct{}{} // want "nil map"
	}
	return nil
}

func (s StringSet) Sorted() []string {
	out := make([]string, 0, len(s))
	for k := range s {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

type Policy struct {
	Name    string    `json:"name"`
	Allowed StringSet `json:"allowed"`
}

func loadPolicy(data []byte) (Policy, error) {
	var p Policy
	err := json.Unmarshal(data, &p)
	return p, err
}

func main() {
	p, err := loadPolicy([]byte(`{"name": "billing", "allowed": ["GET", "Post"]}`))
	if err != nil {
		fmt.Println("bad policy:", err)
		return
	}
	fmt.Println(p.Name, p.Allowed.Sorted())
}
