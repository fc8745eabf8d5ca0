// A near miss of pos_b7_pipeline_flush_marker_meta: the reader still ends its stream with a
// bare flush marker whose header map is nil, but a filter stage between the reader and the
// stamping stage drops the marker, so the stamping stage, which writes into every batch it
// receives, only ever receives batches on another channel of the same type, all with a map.
package main

import "fmt"

type batch struct {
	meta  map[string]string
	rows  []string
	flush bool
}

func reader(rows []string, out chan<- batch) {
	for i, r := range rows {
		out <- batch{meta: map[string]string{"offset": fmt.Sprint(i)}, rows: []string{r}}
	}
	out <- batch{flush: true}
	close(out)
}

func filter(in <-chan batch, out chan<- batch) {
	for b := range in {
		if b.flush {
			continue
		}
		out <- b
	}
	close(out)
}

func stamp(in <-chan batch, done chan<- int) {
	n := 0
	for b := range in {
		b.meta["stage"] = "stamp"
		n++
	}
	done <- n
}

func main() {
	raw := make(chan batch, 8)
	clean := make(chan batch, 8)
	done := make(chan int)
	go reader([]string{"a", "b", "c"}, raw)
	go filter(raw, clean)
	go stamp(clean, done)
	fmt.Println(<-done, "batches stamped")
}
