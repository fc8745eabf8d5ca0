// A plugin registry: a goroutine started with a plain function registers a driver while the
// main goroutine looks another one up. Nothing orders the two accesses.
package main

import (
	"fmt"
	"sync"
)

var drivers = map[string]func() string{
	"postgres": func() string { return "pg" },
}

func register(name string, open func() string, wg *sync.WaitGroup) {
	defer wg.Done()
	drivers[name] = open // want "concurrent map write"
}

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go register("sqlite", func() string { return "lite" }, &wg)
	open, ok := drivers["postgres"] // other access
	wg.Wait()
	fmt.Println(ok, open())
}
