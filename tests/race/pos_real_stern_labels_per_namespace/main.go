// Reduced from stern/stern v1.33.0, stern/list.go:64, a race mapscope check found: List, which
// the --prompt mode calls to offer the app.kubernetes.io/instance values of the pods, starts
// a goroutine per namespace that lists the namespace's pods and writes each pod's label into
// one `labels` map with no lock, and waits for them all only at the end; with two namespaces
// two goroutines write the map at once (`go test -race` on a fake clientset with a pod in each
// of two namespaces reports the two writes at list.go:64). Our own rewrite.
package main

import (
	"fmt"
	"sync"
)

type pod struct {
	namespace string
	labels    map[string]string
}

type cluster struct {
	pods map[string][]pod
}

func (c *cluster) listPods(namespace string) []pod {
	return c.pods[namespace]
}

func listInstances(c *cluster, namespaces []string) map[string]string {
	const match = "app.kubernetes.io/instance"
	labels := make(map[string]string)
	var wg sync.WaitGroup
	wg.Add(len(namespaces))
	for _, n := range namespaces {
		go func(n string) {
			defer wg.Done()
			for _, p := range c.listPods(n) {
				key := p.labels[match]
				if key == "" {
					continue
				}
				labels[key] = match // want "concurrent map write"
			}
		}(n)
	}
	wg.Wait()
	return labels
}

func main() {
	c := &cluster{pods: map[string][]pod{
		"shop":    {{namespace: "shop", labels: map[string]string{"app.kubernetes.io/instance": "cart"}}},
		"billing": {{namespace: "billing", labels: map[string]string{"app.kubernetes.io/instance": "invoices"}}},
	}}
	fmt.Println(len(listInstances(c, []string{"shop", "billing"})))
}
