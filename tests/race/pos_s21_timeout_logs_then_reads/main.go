// A near miss of neg_real_prometheus_stop_before_checks: the wait for the reload's goroutine
// has a timeout case too, but there the helper only logs that the reload is slow and returns,
// so the reads after the select run while the goroutine may still be writing the table.
package main

import (
	"fmt"
	"log"
	"time"
)

type routes struct {
	table map[string]string
}

// warn logs a slow reload and carries on.
func warn(msg string) {
	log.Print(msg)
}

func (r *routes) reload(done chan<- struct{}) {
	for i := range 4 {
		r.table[fmt.Sprint("/v", i)] = "backend" // want "concurrent map write"
	}
	time.Sleep(50 * time.Millisecond)
	close(done)
}

func main() {
	r := &routes{table: map[string]string{}}
	done := make(chan struct{})
	go r.reload(done)
	select {
	case <-time.After(time.Millisecond):
		warn("reload is slow")
	case <-done:
	}
	fmt.Println(len(r.table), "routes") // other access
	<-done
}
