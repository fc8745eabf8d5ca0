// A job queue carries payloads as `any`. The email worker asserts its payload type, only logs
// when the assertion fails, and goes on to stamp the zero payload's headers, a nil map.
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
	}
	p.Headers["X-Job-ID"] = fmt.Sprint(j.id) // want "nil map"
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
