// A build tool orders packages by walking their imports depth first with a recursive closure;
// the visited set is declared nil and the closure makes it on its first visit.
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
		if visited == nil {
			visited = make(map[string]bool)
		}
		visited[p.path] = true
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
