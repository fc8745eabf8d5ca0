// A method call may fill the field: the check does not look into it yet and stays quiet.
package main

type registry struct {
	byName map[string]int
}

func (r *registry) init() { r.byName = map[string]int{} }

func main() {
	var r registry
	r.init()
	r.byName["a"] = 1
}
