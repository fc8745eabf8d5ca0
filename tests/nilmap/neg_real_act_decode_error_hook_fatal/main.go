// Reduced from nektos/act v0.2.89, pkg/model/workflow.go:609, where mapscope check reported
// Step.GetEnv writing the step's inputs into the map Step.Environment returns, which is nil
// when the env node does not decode (`environment`, :376). decodeNode calls the package's
// OnDecodeNodeError hook before returning false, and the only function ever assigned to it is
// its initial value, which calls log.Fatalf: the process exits, so `return nil` is never
// reached and GetEnv always gets a made map. A near miss: the nil return follows a call
// through a package-level func variable that never returns. Our own rewrite.
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
	log.Fatalf("Failed to decode node %v: %v", n, err)
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
		env["INPUT_"+envKey] = v
	}
	return env
}

func main() {
	s := &step{
		env:  node{kind: "mapping", pairs: [][2]string{{"GOFLAGS", "-mod=mod"}, {"CGO_ENABLED", strconv.Itoa(0)}}},
		with: map[string]string{"go-version": "1.26", "cache": "true"},
	}
	fmt.Println(len(s.getEnv()))
}
