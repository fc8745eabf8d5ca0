// A DNS-caching resolver warms its cache in a goroutine at startup and waits for the
// warmup's count on a channel before serving, so the first lookup's cache fill comes
// after the warmup's writes.
package main

import (
	"os"
	"strconv"
)

type resolver struct {
	cache map[string]string
	zone  map[string]string
}

func (r *resolver) remember(host, addr string) {
	r.cache[host] = addr
}

func (r *resolver) warm(hosts []string, done chan<- int) {
	n := 0
	for _, h := range hosts {
		if addr, ok := r.zone[h]; ok {
			r.remember(h, addr)
			n++
		}
	}
	done <- n
}

func (r *resolver) lookup(host string) string {
	if addr, ok := r.cache[host]; ok {
		return addr
	}
	addr := r.zone[host]
	r.remember(host, addr)
	return addr
}

func main() {
	r := &resolver{
		cache: make(map[string]string),
		zone: map[string]string{
			"api.internal":   "10.0.0.10",
			"db.internal":    "10.0.0.20",
			"queue.internal": "10.0.0.30",
		},
	}
	warmed := make(chan int, 1)
	go r.warm([]string{"api.internal", "db.internal"}, warmed)
	n := <-warmed
	addr := r.lookup("queue.internal")
	os.Stdout.WriteString("warmed " + strconv.Itoa(n) + ", queue at " + addr + "\n")
}
