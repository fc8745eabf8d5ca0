// A batch importer runs each batch in a goroutine that closes its done channel and, in a deferred
// call registered earlier, counts the batch in the importer's stats. Deferred calls run last-in
// first-out, so done is closed before the batch is counted, and the caller, reading the batch count
// for its progress line as soon as done is closed, reads the map while the count is written.
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Importer struct {
	stats map[string]int
	wg    sync.WaitGroup
}

func (im *Importer) runBatch(rows []string, done chan<- struct{}) {
	defer im.wg.Done()
	defer func() {
		im.stats["batches"]++ // want "concurrent map write"
	}()
	defer close(done)
	for _, r := range rows {
		if strings.TrimSpace(r) == "" {
			im.stats["skipped"]++
			continue
		}
		im.stats["rows"]++
	}
}

func (im *Importer) Import(rows []string) <-chan struct{} {
	done := make(chan struct{})
	im.wg.Add(1)
	go im.runBatch(rows, done)
	return done
}

func summary(stats map[string]int) string {
	parts := make([]string, 0, len(stats))
	for k, v := range stats {
		parts = append(parts, k+"="+fmt.Sprint(v))
	}
	sort.Strings(parts)
	return strings.Join(parts, " ")
}

func main() {
	im := &Importer{stats: make(map[string]int)}
	done := im.Import([]string{"id,name", "1,ada", "", "2,grace"})
	<-done
	batches := im.stats["batches"] // other access
	im.wg.Wait()
	fmt.Println("import finished after", batches, "batches:", summary(im.stats))
}
