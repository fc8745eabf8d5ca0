// A job runner fills a job's environment before exec; the guard tests for an empty map with len,
// which is also true of a nil one, and makes the env map it is about to write.
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
	if len(j.args) == 0 {
		j.args = make(map[string]string)
	}
	j.args[k] = v
}

func (j *job) setEnv(k, v string) {
	if len(j.env) == 0 {
		j.env = make(map[string]string)
	}
	j.env[k] = v
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
