// A rate limiter keeps one window map per minute slot. It makes the slot table with make and
// hands it to a helper that makes every slot's map, so the first hit finds its window made.
package main

import "fmt"

const slots = 3

func reset(windows []map[string]int) {
	for i := range windows {
		windows[i] = make(map[string]int)
	}
}

func count(hits []string, minute int) []map[string]int {
	windows := make([]map[string]int, slots)
	reset(windows)
	for _, client := range hits {
		windows[minute%slots][client]++
	}
	return windows
}

func main() {
	w := count([]string{"10.0.0.7", "10.0.0.7", "10.0.0.9"}, 7)
	fmt.Println(len(w[1]), len(w[0]))
}
