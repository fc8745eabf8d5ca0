// An event exporter hands its labels map to the uploader goroutine and then clears it to reuse
// it for the next batch, while the uploader still reads the batch it was handed.
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

func upload(batches <-chan map[string]string, done *sync.WaitGroup, sent *[]string) {
	defer done.Done()
	for labels := range batches {
		var keys []string
		for k := range labels { // other access
			keys = append(keys, k)
		}
		sort.Strings(keys)
		*sent = append(*sent, strings.Join(keys, ","))
	}
}

func main() {
	batches := make(chan map[string]string, 2)
	var done sync.WaitGroup
	var sent []string
	done.Add(1)
	go upload(batches, &done, &sent)

	labels := map[string]string{"host": "web-1", "region": "eu"}
	batches <- labels
	clear(labels) // want "concurrent map write"
	close(batches)
	done.Wait()
	fmt.Println(len(sent))
}
