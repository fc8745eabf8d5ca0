// A near miss: labelsOf returns nil for an empty spec, but the write runs only after
// reflect.DeepEqual found the result equal to the expected labels and those were tested
// non-nil; a nil map never deeply equals a non-nil one.
package main

import (
	"fmt"
	"reflect"
	"strings"
)

func labelsOf(spec string) map[string]string {
	if spec == "" {
		return nil
	}
	labels := map[string]string{}
	for _, pair := range strings.Split(spec, ",") {
		k, v, _ := strings.Cut(pair, "=")
		labels[k] = v
	}
	return labels
}

type labelCase struct {
	spec string
	want map[string]string
}

func main() {
	cases := []*labelCase{{"env=prod", map[string]string{"env": "prod"}}, {"", nil}}
	for _, c := range cases {
		got := labelsOf(c.spec)
		if !reflect.DeepEqual(got, c.want) {
			fmt.Println("mismatch for", c.spec)
			continue
		}
		if c.want == nil {
			continue
		}
		// The result must be a fresh map the caller may change.
		got["checked"] = "yes"
		fmt.Println(len(got), len(c.want))
	}
}
