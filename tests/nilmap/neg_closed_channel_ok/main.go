// The pipeline stage stops at the closed channel by checking the receive's ok.
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
		batch, ok := <-batches
		if !ok {
			break
		}
		batch["stage"] = 1
		fmt.Println(batch["seq"])
	}
}
