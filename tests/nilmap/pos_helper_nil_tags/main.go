// A parser returns nil for an empty tag string; the caller adds a tag to the result.
package main

import (
	"fmt"
	"strings"
)

func parseTags(s string) map[string]string {
	if s == "" {
		return nil
	}
	tags := make(map[string]string)
	for _, kv := range strings.Split(s, ",") {
		k, v, _ := strings.Cut(kv, "=")
		tags[k] = v
	}
	return tags
}

func main() {
	for _, line := range []string{"env=prod,team=core", ""} {
		tags := parseTags(line)
		tags["source"] = "agent" // want "nil map"
		fmt.Println(len(tags))
	}
}
