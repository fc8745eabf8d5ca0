// A job queue carries payloads as `any`. The email worker asserts its payload type and skips a
// job whose payload is something else, so it stamps only real email payloads' headers.
package main

import (
	"fmt"
	"log"
)

type emailPayload struct {
	To      string
	Headers map[string]string
}

type job struct {
	id      int
	payload any
}

func sendEmail(j job) string {
	p, ok := j.payload.(emailPayload)
	if !ok {
		log.Printf("job %d: unexpected payload %T", j.id, j.payload)
		return ""
	}
	p.Headers["X-Job-ID"] = fmt.Sprint(j.id)
	return p.To
}

func main() {
	jobs := []job{
		{id: 1, payload: emailPayload{To: "ann@example.com", Headers: map[string]string{}}},
		{id: 2, payload: "resize:42"},
	}
	for _, j := range jobs {
		fmt.Println(sendEmail(j))
	}
}
