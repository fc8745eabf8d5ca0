// A rate limiter keeps per-client windows by value. On a miss it only logs that the client is
// new and goes on with the zero window, whose per-route counts were never made.
package main

import (
	"fmt"
	"log"
)

type window struct {
	start   int64
	byRoute map[string]int
}

type limiter struct {
	clients map[string]window
}

func (l *limiter) hit(client, route string, now int64) {
	w, ok := l.clients[client]
	if !ok {
		log.Printf("new client %s", client)
		w.start = now
	}
	w.byRoute[route]++ // want "nil map"
	l.clients[client] = w
}

func main() {
	l := &limiter{clients: map[string]window{
		"10.0.0.1": {start: 1, byRoute: map[string]int{}},
	}}
	l.hit("10.0.0.1", "/api", 2)
	l.hit("10.0.0.2", "/api", 3)
	fmt.Println(len(l.clients))
}
