// A near miss of pos_json_set_value_receiver_unmarshal: a tag set decodes a JSON array through
// an UnmarshalJSON with a value receiver, which fills the map it is given. Here every decode
// goes into a set the caller has already made, never into a zero value, so encoding/json hands
// the method a made map and the writes are safe.
package main

import (
	"encoding/json"
	"fmt"
	"log"
	"sort"
	"strings"
)

type TagSet map[string]bool

func (t TagSet) UnmarshalJSON(b []byte) error {
	var words []string
	if err := json.Unmarshal(b, &words); err != nil {
		return err
	}
	for _, w := range words {
		t[strings.TrimSpace(w)] = true
	}
	return nil
}

func parseTags(data string) TagSet {
	tags := TagSet{}
	if err := json.Unmarshal([]byte(data), &tags); err != nil {
		log.Fatal(err)
	}
	return tags
}

func main() {
	tags := parseTags(`["beta", " internal "]`)
	names := make([]string, 0, len(tags))
	for name := range tags {
		names = append(names, name)
	}
	sort.Strings(names)
	fmt.Println(names)
}
