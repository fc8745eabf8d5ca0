// Reduced from Admiral-Piett/goaws v0.4.5, where mapscope check reported 22 nil-map writes to
// `app.SyncQueues.Queues` and `app.SyncTopics.Topics` (app/conf/config.go:111, app/gosqs/gosqs.go:147
// and the tests), without a note. The app package declares `var SyncQueues = struct{
// sync.RWMutex; Queues map[string]*Queue }{Queues: make(...)}`; the builder read
// `app.SyncQueues.Queues` as a package variable named `app.Queues` and locked a copy of the
// struct. A near miss: another package's variable whose map its declaration makes. Our own
// rewrite.
package main

import (
	"fmt"

	"example.com/nilmapcorpus/neg_real_goaws_queues_made_by_other_pkg_decl/registry"
)

func loadConfig(names []string) {
	registry.Queues.Lock()
	defer registry.Queues.Unlock()
	for _, name := range names {
		registry.Queues.ByName[name] = &registry.Queue{Name: name}
	}
}

func createQueue(name string) {
	registry.Queues.Lock()
	if _, ok := registry.Queues.ByName[name]; !ok {
		registry.Queues.ByName[name] = &registry.Queue{Name: name}
	}
	registry.Queues.Unlock()
}

func main() {
	loadConfig([]string{"local-queue1", "local-queue2"})
	createQueue("requeue")
	fmt.Println(len(registry.Queues.ByName))
}
