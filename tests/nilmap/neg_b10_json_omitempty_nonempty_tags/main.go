// A job queue ships jobs between a producer and its workers as JSON lines. The producer makes
// every job's Tags map, empty when the job has no tags, and the worker stamps the attempt into it
// after decoding. The field is tagged omitempty, but the producer gives every job a source tag,
// so no job's map is empty and every decoded job carries one.
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"log"
	"strconv"
)

type Job struct {
	ID      string            `json:"id"`
	Payload string            `json:"payload"`
	Tags    map[string]string `json:"tags,omitempty"`
}

func newJob(id string, payload string, tags ...string) Job {
	j := Job{ID: id, Payload: payload, Tags: map[string]string{"source": "producer"}}
	for i := 0; i+1 < len(tags); i += 2 {
		j.Tags[tags[i]] = tags[i+1]
	}
	return j
}

func encode(jobs []Job) (*bytes.Buffer, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	for _, j := range jobs {
		if err := enc.Encode(j); err != nil {
			return nil, err
		}
	}
	return &buf, nil
}

func work(buf *bytes.Buffer) {
	sc := bufio.NewScanner(buf)
	for attempt := 1; sc.Scan(); attempt++ {
		var j Job
		if err := json.Unmarshal(sc.Bytes(), &j); err != nil {
			log.Fatal(err)
		}
		j.Tags["attempt"] = strconv.Itoa(attempt)
		fmt.Printf("job %s: %s, tags %v\n", j.ID, j.Payload, j.Tags)
	}
}

func main() {
	jobs := []Job{
		newJob("resize-1", "img-001.png", "tenant", "acme", "priority", "high"),
		newJob("resize-2", "img-002.png"),
	}
	buf, err := encode(jobs)
	if err != nil {
		log.Fatal(err)
	}
	work(buf)
}
