// labelsOf returns nil for an empty spec; the test compares it with reflect.DeepEqual, which
// holds for the nil case too, and writes into the result without testing the expected labels.
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
		got["checked"] = "yes" // want "nil map"
		fmt.Println(len(got), len(c.want))
	}
}
