// An event exporter hands each batch's labels map to the uploader goroutine and starts the
// next batch with a fresh map; a map is never touched after it was sent.
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
		for k := range labels {
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

	for _, host := range []string{"web-1", "web-2"} {
		labels := map[string]string{"host": host, "region": "eu"}
		batches <- labels
	}
	close(batches)
	done.Wait()
	fmt.Println(len(sent))
}
