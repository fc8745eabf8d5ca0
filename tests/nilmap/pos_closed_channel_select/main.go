// A worker's select receives from a closed results channel and updates the zero map.
package main

import "fmt"

type result map[string]float64

func main() {
	results := make(chan result)
	done := make(chan struct{})
	close(results)
	merged := 0
	select {
	case r := <-results:
		r["merged"] = float64(merged) // want "nil map"
	case <-done:
	}
	fmt.Println(merged)
}
