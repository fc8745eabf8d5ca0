// Reduced from pulumi/pulumi/pkg/v3 v3.277.0, cmd/pulumi/templates/cloud.go:412, a race
// mapscope check found: listOrgTemplates, which `pulumi new` runs to offer the templates of the
// user's organisations, starts one goroutine per organisation with `f.wg.Go(func() {
// handleOrg(org) })`; each lists its organisation's templates from the backend and skips those
// already seen through one `alreadySeenSourceURLs` map it reads (:408) and writes (:412) with no
// lock (fetch's mutex guards only the templates and errors it collects). A user in two
// organisations with templates has two goroutines reading and writing the map at once. The
// backend's answer is a channel both goroutines wait on, as both wait on the network. Our own
// rewrite.
package main

import (
	"fmt"
	"sort"
	"sync"
)

type template struct {
	name string
	url  string
}

type backend struct {
	ready     chan struct{}
	templates map[string][]template
}

// listTemplates answers once the backend has replied, as an HTTP call would.
func (b *backend) listTemplates(org string) []template {
	<-b.ready
	return b.templates[org]
}

type fetch struct {
	wg        sync.WaitGroup
	mu        sync.Mutex
	templates []template
}

func (f *fetch) addTemplate(t template) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.templates = append(f.templates, t)
}

func (f *fetch) listOrgTemplates(b *backend, orgs []string) {
	alreadySeenSourceURLs := map[string]struct{}{}

	handleOrg := func(org string) {
		for _, t := range b.listTemplates(org) {
			if _, ok := alreadySeenSourceURLs[t.url]; ok { // other access
				continue
			}
			alreadySeenSourceURLs[t.url] = struct{}{} // want "concurrent map write"
			f.addTemplate(t)
		}
	}

	for _, org := range orgs {
		f.wg.Go(func() { handleOrg(org) })
	}
}

func main() {
	b := &backend{
		ready: make(chan struct{}),
		templates: map[string][]template{
			"acme":    {{"serverless", "https://git.example/acme/serverless"}},
			"initech": {{"webapp", "https://git.example/initech/webapp"}},
		},
	}
	f := &fetch{}
	f.listOrgTemplates(b, []string{"acme", "initech"})
	close(b.ready)
	f.wg.Wait()
	names := make([]string, 0, len(f.templates))
	for _, t := range f.templates {
		names = append(names, t.name)
	}
	sort.Strings(names)
	fmt.Println(names)
}
