// A reverse proxy reloads its route table when it gets SIGHUP: the signal goroutine adds the
// new routes to the live map without a lock while the serving path keeps resolving upstreams
// from it.
package main

import (
	"os"
	"os/signal"
	"strings"
	"syscall"
)

type Proxy struct {
	routes map[string]string
}

func (p *Proxy) watchReload(hup <-chan os.Signal, reloaded chan<- struct{}, file string) {
	defer close(reloaded)
	<-hup
	for _, line := range strings.Split(file, "\n") {
		prefix, upstream, ok := strings.Cut(line, " -> ")
		if ok {
			p.routes[prefix] = upstream // want "concurrent map write"
		}
	}
}

func (p *Proxy) upstream(path string) string {
	for prefix := range strings.SplitSeq(path, "/") {
		if u, ok := p.routes["/"+prefix]; ok { // other access
			return u
		}
	}
	return "default-backend"
}

func main() {
	p := &Proxy{routes: map[string]string{"/api": "api-v1:8080", "/static": "cdn:80"}}
	hup := make(chan os.Signal, 1)
	signal.Notify(hup, syscall.SIGHUP)
	reloaded := make(chan struct{})
	go p.watchReload(hup, reloaded, "/api -> api-v2:8080\n/beta -> beta:8080")
	syscall.Kill(os.Getpid(), syscall.SIGHUP)
	var picks []string
	for _, path := range []string{"/api/orders", "/static/app.js", "/beta/flags"} {
		picks = append(picks, p.upstream(path))
	}
	<-reloaded
	signal.Stop(hup)
	os.Stdout.WriteString(strings.Join(picks, " ") + "\n")
}
