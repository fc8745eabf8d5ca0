// A pipeline stage reads a batch from a channel the producer already closed: it gets a nil map.
package main

import "fmt"

func produce(out chan<- map[string]int, n int) {
	for i := 0; i < n; i++ {
		out <- map[string]int{"seq": i}
	}
	close(out)
}

func main() {
	batches := make(chan map[string]int, 4)
	produce(batches, 2)
	for i := 0; i < 3; i++ {
		batch := <-batches
		batch["stage"] = 1 // want "nil map"
		fmt.Println(batch["seq"])
	}
}
