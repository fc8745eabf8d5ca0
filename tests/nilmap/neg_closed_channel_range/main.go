// A sink ranges over a closed channel: range stops at the close and never yields a nil map.
package main

import "fmt"

func main() {
	records := make(chan map[string]string, 3)
	for i := 0; i < 3; i++ {
		records <- map[string]string{"id": fmt.Sprint(i)}
	}
	close(records)
	n := 0
	for r := range records {
		r["sink"] = "stdout"
		n++
	}
	fmt.Println(n)
}
