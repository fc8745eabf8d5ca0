// A config loader goroutine writes defaults into the settings map and acknowledges on an
// unbuffered channel; the caller applies its overrides only after receiving the ack.
package main

import "fmt"

func loadDefaults(settings map[string]string, ack chan<- struct{}) {
	settings["timeout"] = "30s"
	settings["retries"] = "3"
	ack <- struct{}{}
}

func main() {
	settings := make(map[string]string)
	ack := make(chan struct{})
	go loadDefaults(settings, ack)
	<-ack
	settings["timeout"] = "5s"
	fmt.Println(settings)
}
