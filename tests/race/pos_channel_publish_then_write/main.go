// A config watcher sends the parsed settings to the server over a channel and keeps updating
// the same map afterwards: the send orders what came before it, not the later write.
package main

import (
	"fmt"
	"sync"
)

func watch(updates chan<- map[string]string) {
	settings := map[string]string{"log_level": "info", "max_conns": "100"}
	updates <- settings
	settings["log_level"] = "debug" // want "concurrent map write"
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
			level = s["log_level"] // other access
		}
	}()
	watch(updates)
	wg.Wait()
	fmt.Println(level != "")
}
