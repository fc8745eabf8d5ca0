// Reduced from pulumi/pulumi/pkg/v3 v3.277.0, backend/journal.go:493, where mapscope check
// reported `maps.Copy(extensions, r.base.Extensions)` in JournalReplayer.GenerateDeployment as a
// write to a nil map, with the note that NewJournalReplayer (journal.go:212) leaves `extensions`
// nil. NewJournalReplayer returns `new(JournalReplayer{..., extensions: make(...), ...})`, Go
// 1.26's new with an initial value, so the field is made; the clone of a made map is made, and
// copying the base's extensions into it is safe. The snapshot journaler's goroutine receives
// the journal entries on a channel and rebuilds the deployment after each, as pulumi's does. A
// near miss of the nil-map check kept in this corpus because its module is at Go 1.26: the
// nil-map corpus is at Go 1.22, and mapscope does not yet take a file's `//go:build go1.26` as
// its language version (it reports `new(...) requires go1.26 or later` there, go build does
// not). Our own rewrite.
package main

import (
	"fmt"
	"maps"
)

type extensionRef string

type deployment struct {
	resources  []string
	extensions map[extensionRef]string
}

type journalEntry struct {
	resource  string
	extension extensionRef
	blob      string
}

type journalReplayer struct {
	toRemove   map[int64]struct{}
	base       *deployment
	resources  []string
	extensions map[extensionRef]string
}

func newJournalReplayer(base *deployment) *journalReplayer {
	return new(journalReplayer{
		toRemove:   make(map[int64]struct{}),
		extensions: make(map[extensionRef]string),
		base:       base,
	})
}

func (r *journalReplayer) add(e journalEntry) {
	r.resources = append(r.resources, e.resource)
	if e.extension != "" {
		r.extensions[e.extension] = e.blob
	}
}

func (r *journalReplayer) generateDeployment() *deployment {
	out := &deployment{resources: append(r.base.resources, r.resources...)}
	// Carry extensions forward from the base, plus any this plan produced.
	extensions := maps.Clone(r.extensions)
	maps.Copy(extensions, r.base.extensions)
	if len(extensions) > 0 {
		out.extensions = extensions
	}
	return out
}

type request struct {
	entry  journalEntry
	result chan *deployment
}

// journal is the journaler's goroutine: it keeps the entries and saves a snapshot after each.
func journal(base *deployment, requests <-chan request) {
	var entries []journalEntry
	for req := range requests {
		entries = append(entries, req.entry)
		replayer := newJournalReplayer(base)
		for _, e := range entries {
			replayer.add(e)
		}
		req.result <- replayer.generateDeployment()
	}
}

func main() {
	base := &deployment{
		resources:  []string{"urn:stack"},
		extensions: map[extensionRef]string{"aws": "blob-1"},
	}
	requests := make(chan request)
	go journal(base, requests)
	var last *deployment
	for _, e := range []journalEntry{{resource: "urn:bucket"}, {resource: "urn:queue"}} {
		result := make(chan *deployment)
		requests <- request{entry: e, result: result}
		last = <-result
	}
	close(requests)
	fmt.Println(len(last.resources), len(last.extensions))
}
