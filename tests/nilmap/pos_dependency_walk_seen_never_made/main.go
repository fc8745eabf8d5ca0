// A build tool orders packages by walking their imports depth first with a recursive closure.
// The visited set is declared but never made, so the first package the walk marks panics.
package main

import "fmt"

type pkg struct {
	path    string
	imports []*pkg
}

func buildOrder(roots []*pkg) []string {
	var visited map[string]bool
	var order []string
	var visit func(p *pkg)
	visit = func(p *pkg) {
		if visited[p.path] {
			return
		}
		visited[p.path] = true // want "nil map"
		for _, imp := range p.imports {
			visit(imp)
		}
		order = append(order, p.path)
	}
	for _, r := range roots {
		visit(r)
	}
	return order
}

func main() {
	log := &pkg{path: "log"}
	http := &pkg{path: "net/http", imports: []*pkg{log}}
	fmt.Println(buildOrder([]*pkg{{path: "app", imports: []*pkg{http, log}}}))
}
