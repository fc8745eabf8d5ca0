// A plugin registry filled before the goroutine starts: the code before a `go` statement
// happens before the goroutine, and the goroutine only reads.
package main

import (
	"fmt"
	"sync"
)

var drivers = map[string]func() string{
	"postgres": func() string { return "pg" },
}

func lookup(name string, out *string, wg *sync.WaitGroup) {
	defer wg.Done()
	if open, ok := drivers[name]; ok {
		*out = open()
	}
}

func main() {
	drivers["sqlite"] = func() string { return "lite" }
	var wg sync.WaitGroup
	var got string
	wg.Add(1)
	go lookup("sqlite", &got, &wg)
	_, ok := drivers["postgres"]
	wg.Wait()
	fmt.Println(ok, got)
}
