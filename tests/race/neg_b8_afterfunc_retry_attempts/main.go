// An outbound webhook sender retries a failed delivery with time.AfterFunc; the retry callback
// counts the attempt in the endpoint's table. When an operator's manual redelivery succeeds,
// the sender waits for the pending retry to finish before it resets the endpoint's count.
package main

import (
	"fmt"
	"time"
)

type sender struct {
	attempts map[string]int // endpoint -> delivery attempts since the last success
}

// retryLater schedules one more delivery; started is signalled when the callback runs and
// done is closed when it has finished.
func (s *sender) retryLater(endpoint string, started chan<- string, done chan<- struct{}) {
	time.AfterFunc(time.Millisecond, func() {
		started <- endpoint
		s.attempts[endpoint]++
		close(done)
	})
}

func (s *sender) delivered(endpoint string) {
	s.attempts[endpoint] = 0
}

func main() {
	s := &sender{attempts: map[string]int{"https://hooks.example.com/build": 1}}
	started := make(chan string)
	done := make(chan struct{})
	s.retryLater("https://hooks.example.com/build", started, done)
	ep := <-started // the retry is running now
	<-done
	s.delivered(ep)
	fmt.Println("attempts:", s.attempts[ep])
}
