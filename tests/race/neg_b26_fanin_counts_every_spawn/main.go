// A resolver asks its primary upstreams and, to hedge, the backup upstream at the same time;
// each query goroutine reads its upstream's timeout from the resolver's map and sends its
// answer on a buffered channel. The caller receives one answer for every goroutine it started,
// the backup's included, before it adapts the timeouts map, so every read comes first.
package main

import (
	"fmt"
	"strings"
)

type upstream struct {
	name string
	rtt  int // milliseconds
}

type answer struct {
	from, ip string
	rtt      int
}

type resolver struct {
	timeouts map[string]int // per upstream, in milliseconds
}

func (r *resolver) query(u upstream, host string) answer {
	timeout := r.timeouts[u.name]
	if u.rtt > timeout {
		return answer{from: u.name, rtt: timeout}
	}
	return answer{from: u.name, ip: fmt.Sprintf("10.0.%d.%d", u.rtt, len(host)), rtt: u.rtt}
}

func (r *resolver) resolve(host string, primaries []upstream, backup upstream) (string, func()) {
	answers := make(chan answer, len(primaries)+1)
	for _, u := range append(primaries, backup) {
		go func() { answers <- r.query(u, host) }()
	}
	best := answer{rtt: 1 << 30}
	for range len(primaries) + 1 {
		a := <-answers
		if a.ip != "" && a.rtt < best.rtt {
			best = a
		}
	}
	if best.ip != "" && strings.HasPrefix(best.from, "dns-") {
		r.timeouts[best.from] = 2 * best.rtt
	}
	return best.ip, func() {}
}

func main() {
	r := &resolver{timeouts: map[string]int{"dns-a": 50, "dns-b": 50, "dns-backup": 100}}
	primaries := []upstream{{"dns-a", 3}, {"dns-b", 5}}
	ip, drain := r.resolve("api.example.com", primaries, upstream{"dns-backup", 40})
	drain()
	fmt.Println("api.example.com ->", ip, r.timeouts)
}
