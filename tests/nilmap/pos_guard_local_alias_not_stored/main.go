// A deployment controller adds an annotation through a local alias of the object's map; the
// nil guard makes a map for the alias but never stores it back, so the later write through the
// field panics.
package main

import "fmt"

type deployment struct {
	name        string
	replicas    int
	annotations map[string]string
}

func markRollout(d *deployment, revision int) {
	ann := d.annotations
	if ann == nil {
		ann = make(map[string]string)
	}
	ann["rollout/revision"] = fmt.Sprint(revision)
	d.annotations["rollout/by"] = "controller" // want "nil map"
}

func main() {
	d := &deployment{name: "web", replicas: 3}
	markRollout(d, 7)
	fmt.Println(d.name, d.annotations)
}
