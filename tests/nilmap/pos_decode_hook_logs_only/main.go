// A node decoder calls a package-level error hook before returning false, and the hook only
// logs: a step whose env holds a list decodes to a nil environment, and writing the step's
// inputs into it panics. The positive beside neg_real_act_decode_error_hook_fatal, whose hook
// exits.
package main

import (
	"fmt"
	"log"
	"regexp"
	"strconv"
	"strings"
)

type node struct {
	kind  string
	pairs [][2]string
}

var onDecodeNodeError = func(n node, err error) {
	log.Printf("Failed to decode node %v: %v", n, err)
}

func decodeNode(n node, out map[string]string) bool {
	for _, pair := range n.pairs {
		if strings.ContainsAny(pair[1], "[{") {
			onDecodeNodeError(n, fmt.Errorf("cannot decode %q into a string", pair[1]))
			return false
		}
		out[pair[0]] = pair[1]
	}
	return true
}

func environment(n node) map[string]string {
	env := make(map[string]string)
	if n.kind == "mapping" {
		if !decodeNode(n, env) {
			return nil
		}
	}
	return env
}

type step struct {
	env  node
	with map[string]string
}

func (s *step) getEnv() map[string]string {
	env := environment(s.env)
	for k, v := range s.with {
		envKey := regexp.MustCompile("[^A-Z0-9-]").ReplaceAllString(strings.ToUpper(k), "_")
		env["INPUT_"+envKey] = v // want "nil map"
	}
	return env
}

func main() {
	s := &step{
		env:  node{kind: "mapping", pairs: [][2]string{{"GOFLAGS", "-mod=mod"}, {"CGO_ENABLED", strconv.Itoa(0)}, {"MATRIX", "[1, 2]"}}},
		with: map[string]string{"go-version": "1.26", "cache": "true"},
	}
	fmt.Println(len(s.getEnv()))
}
