// An ingest pipeline passes batches between stages over a channel. The reader stage embeds a
// header (with a metadata map) in each batch and, when its input ends, sends a zero-value
// batch as the flush marker. The enrich stage stamps every batch it receives, the flush
// marker included, with its stage name, and the marker's header map is nil.
package main

import "fmt"

type header struct {
	source string
	meta   map[string]string
}

type batch struct {
	header
	rows  []string
	flush bool
}

func reader(src string, rows []string, out chan<- batch) {
	for i := 0; i < len(rows); i += 2 {
		end := min(i+2, len(rows))
		out <- batch{header: header{source: src, meta: map[string]string{"offset": fmt.Sprint(i)}}, rows: rows[i:end]}
	}
	out <- batch{flush: true}
	close(out)
}

func enrich(in <-chan batch, out chan<- batch) {
	for b := range in {
		b.meta["stage"] = "enrich" // want "nil map"
		out <- b
	}
	close(out)
}

func main() {
	raw := make(chan batch, 8)
	enriched := make(chan batch, 8)
	go reader("clicks.log", []string{"a", "b", "c"}, raw)
	go enrich(raw, enriched)
	for b := range enriched {
		if b.flush {
			fmt.Println("flush")
			continue
		}
		fmt.Println(b.source, b.meta["offset"], len(b.rows))
	}
}
