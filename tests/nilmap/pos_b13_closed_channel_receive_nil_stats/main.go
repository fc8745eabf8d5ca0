// A log shipper's collector goroutine sends one map of per-level line counts on a channel and
// closes it; when the input is empty it closes the channel without sending, since there is
// nothing to report. The shipper receives without the comma-ok form, so on an empty input it
// gets the map type's zero value, a nil map, and stamping the batch ID writes into it.
package main

import (
	"bufio"
	"fmt"
	"strings"
)

func collect(input string, out chan<- map[string]int) {
	defer close(out)
	counts := make(map[string]int)
	sc := bufio.NewScanner(strings.NewReader(input))
	for sc.Scan() {
		level, _, ok := strings.Cut(sc.Text(), " ")
		if !ok {
			continue
		}
		counts[strings.ToLower(level)]++
	}
	if len(counts) == 0 {
		return
	}
	out <- counts
}

func ship(batch int, input string) string {
	ch := make(chan map[string]int, 1)
	go collect(input, ch)
	counts := <-ch
	counts["batch"] = batch // want "nil map"
	return fmt.Sprintf("batch %d: %d error, %d warn", counts["batch"], counts["error"], counts["warn"])
}

func main() {
	batches := []string{
		"ERROR disk full\nWARN retrying\nINFO ok\nERROR disk full",
		"WARN slow query",
		"",
	}
	for i, in := range batches {
		fmt.Println(ship(i+1, in))
	}
}
