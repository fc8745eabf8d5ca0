// A CLI task runner builds the environment for a child process from KEY=VALUE lines in the
// task file, making the map lazily on the first line it sees, and then sets a default PATH.
// A task without any environment lines never enters the loop body, and PATH goes into a nil
// map.
package main

import (
	"fmt"
	"strings"
)

type Task struct {
	Name string
	Env  []string
}

func buildEnv(t Task) map[string]string {
	var env map[string]string
	for _, kv := range t.Env {
		k, v, ok := strings.Cut(kv, "=")
		if !ok {
			continue
		}
		if env == nil {
			env = make(map[string]string, len(t.Env)+1)
		}
		env[k] = v
	}
	if _, ok := env["PATH"]; !ok {
		env["PATH"] = "/usr/local/bin:/usr/bin:/bin" // want "nil map"
	}
	return env
}

func main() {
	tasks := []Task{
		{Name: "build", Env: []string{"GOFLAGS=-trimpath", "CGO_ENABLED=0"}},
		{Name: "lint"},
	}
	for _, t := range tasks {
		env := buildEnv(t)
		fmt.Println(t.Name, len(env), env["PATH"])
	}
}
