// The parser returns nil for an empty tag string; the caller checks before adding.
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
		if tags == nil {
			tags = map[string]string{}
		}
		tags["source"] = "agent"
		fmt.Println(len(tags))
	}
}
