// A job runner fills a job's environment before exec; the nil guard was copied from the
// argument-map code above it and still makes the wrong field, so the env write panics.
package main

import (
	"fmt"
	"sort"
)

type job struct {
	name string
	args map[string]string
	env  map[string]string
}

func (j *job) setArg(k, v string) {
	if j.args == nil {
		j.args = make(map[string]string)
	}
	j.args[k] = v
}

func (j *job) setEnv(k, v string) {
	if j.env == nil {
		j.args = make(map[string]string)
	}
	j.env[k] = v // want "nil map"
}

func main() {
	j := &job{name: "backup"}
	j.setArg("--target", "s3://bucket")
	j.setEnv("AWS_REGION", "eu-west-1")
	keys := make([]string, 0, len(j.env))
	for k := range j.env {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(j.name, keys)
}
