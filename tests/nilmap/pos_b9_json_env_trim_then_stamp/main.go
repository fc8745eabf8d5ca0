// A job runner decodes job specs from JSON, trims the values of each job's environment in place
// and then stamps the job's name into it. A job written without an "env" key decodes with a nil
// Env: the trimming range does nothing on it, but the stamp after the loop panics.
package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

type Job struct {
	Name    string            `json:"name"`
	Command []string          `json:"command"`
	Env     map[string]string `json:"env"`
}

const specs = `[
  {"name": "migrate", "command": ["./migrate", "up"], "env": {"DB_URL": " postgres://db/app "}},
  {"name": "cleanup", "command": ["./cleanup", "--days=30"]}
]`

func prepare(j *Job) {
	for k, v := range j.Env {
		j.Env[k] = strings.TrimSpace(v)
	}
	j.Env["JOB_NAME"] = j.Name // want "nil map"
}

func main() {
	var jobs []Job
	if err := json.Unmarshal([]byte(specs), &jobs); err != nil {
		fmt.Println("specs:", err)
		return
	}
	for i := range jobs {
		prepare(&jobs[i])
		fmt.Println(jobs[i].Name, strings.Join(jobs[i].Command, " "), len(jobs[i].Env))
	}
}
