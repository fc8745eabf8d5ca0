// A crawler's frontier keeps the status of every fetched path per host. Enqueue makes the
// inner map under u.Hostname() and record indexes by u.Hostname() too, so a URL with an
// explicit port finds the inner map its enqueue made.
package main

import (
	"fmt"
	"net/url"
	"os"
	"sort"
)

type frontier struct {
	queue  []*url.URL
	status map[string]map[string]int
}

func (f *frontier) enqueue(raw string) error {
	u, err := url.Parse(raw)
	if err != nil {
		return err
	}
	if _, ok := f.status[u.Hostname()]; !ok {
		f.status[u.Hostname()] = make(map[string]int)
	}
	f.queue = append(f.queue, u)
	return nil
}

func (f *frontier) record(u *url.URL, code int) {
	f.status[u.Hostname()][u.EscapedPath()] = code
}

func fakeFetch(u *url.URL) int {
	if u.Path == "/missing" {
		return 404
	}
	return 200
}

func main() {
	f := &frontier{status: make(map[string]map[string]int)}
	for _, raw := range []string{
		"https://example.com/",
		"https://example.com/about",
		"http://docs.example.org/missing",
		"http://localhost:8080/admin",
		"::not a url",
	} {
		if err := f.enqueue(raw); err != nil {
			fmt.Fprintln(os.Stderr, "skip:", err)
		}
	}
	for len(f.queue) > 0 {
		u := f.queue[0]
		f.queue = f.queue[1:]
		f.record(u, fakeFetch(u))
	}
	hosts := make([]string, 0, len(f.status))
	for h := range f.status {
		hosts = append(hosts, h)
	}
	sort.Strings(hosts)
	for _, h := range hosts {
		fmt.Fprintln(os.Stdout, h, f.status[h])
	}
}
