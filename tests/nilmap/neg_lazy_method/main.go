// Lazy initialisation in a method before the write.
package main

type registry struct {
	byName map[string]int
}

func (r *registry) add(name string) {
	if r.byName == nil {
		r.byName = make(map[string]int)
	}
	r.byName[name] = len(r.byName)
}

func main() {
	var r registry
	r.add("a")
	r.add("b")
}
