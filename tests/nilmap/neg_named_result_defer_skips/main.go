// A manifest reader fills in an empty labels map from a deferred function on every return,
// failed reads included, so a caller that drops the error still gets a map to write.
package main

import (
	"errors"
	"fmt"
	"strings"
)

func readLabels(manifest string) (labels map[string]string, err error) {
	defer func() {
		if labels == nil {
			labels = make(map[string]string)
		}
	}()
	if !strings.HasPrefix(manifest, "kind:") {
		return nil, errors.New("not a manifest")
	}
	for _, line := range strings.Split(manifest, "\n")[1:] {
		if k, v, ok := strings.Cut(line, "="); ok {
			if labels == nil {
				labels = make(map[string]string)
			}
			labels[k] = v
		}
	}
	return labels, nil
}

func main() {
	labels, _ := readLabels("apiVersion: v1")
	labels["source"] = "cli"
	fmt.Println(labels)
}
