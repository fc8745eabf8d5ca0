// A config watcher sends each version of the settings to the server over a channel as a fresh
// copy and never writes a map after sending it (copy-on-write snapshots).
package main

import (
	"fmt"
	"maps"
	"sync"
)

func watch(updates chan<- map[string]string) {
	settings := map[string]string{"log_level": "info", "max_conns": "100"}
	updates <- settings
	next := maps.Clone(settings)
	next["log_level"] = "debug"
	updates <- next
	close(updates)
}

func main() {
	updates := make(chan map[string]string, 1)
	var wg sync.WaitGroup
	wg.Add(1)
	var level string
	go func() {
		defer wg.Done()
		for s := range updates {
			level = s["log_level"]
		}
	}()
	watch(updates)
	wg.Wait()
	fmt.Println(level)
}
