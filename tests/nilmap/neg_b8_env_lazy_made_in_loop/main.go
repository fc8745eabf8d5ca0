// A CLI task runner builds the environment for a child process from KEY=VALUE lines in the
// task file and then sets a default PATH. The map is made before the loop, so a task without
// any environment lines still gets a map to put PATH in.
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
	env := make(map[string]string, len(t.Env)+1)
	for _, kv := range t.Env {
		k, v, ok := strings.Cut(kv, "=")
		if !ok {
			continue
		}
		env[k] = v
	}
	if _, ok := env["PATH"]; !ok {
		env["PATH"] = "/usr/local/bin:/usr/bin:/bin"
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
