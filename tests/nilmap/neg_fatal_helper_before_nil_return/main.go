// A CLI's config loader returns nil after reporting a parse error through the tool's own fatal
// helper, which wraps log.Fatalf and never returns; so the nil is never handed back, and the
// caller's write into the loaded labels runs only on a map the parser made. A near miss.
package main

import (
	"fmt"
	"log"
	"os"
	"sort"
	"strings"
)

func fatal(format string, args ...any) {
	log.Fatalf("labelctl: "+format, args...)
}

func parse(text string) (map[string]string, error) {
	labels := make(map[string]string)
	for _, line := range strings.Split(strings.TrimSpace(text), "\n") {
		k, v, ok := strings.Cut(line, "=")
		if !ok {
			return nil, fmt.Errorf("line %q: missing '='", line)
		}
		labels[strings.TrimSpace(k)] = strings.TrimSpace(v)
	}
	return labels, nil
}

func loadLabels(text string) map[string]string {
	labels, err := parse(text)
	if err != nil {
		fatal("%v", err)
		return nil
	}
	return labels
}

func main() {
	labels := loadLabels("team = search\ntier = gold")
	labels["host"], _ = os.Hostname()
	keys := make([]string, 0, len(labels))
	for k := range labels {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(len(keys), keys[0])
}
