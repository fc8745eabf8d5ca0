// A log shipper compresses records into an io.Pipe from a producer goroutine while the sender
// reads the other end, and the progress line the sender prints after each read looks at the
// producer's counters map. An io.Pipe Write returns once the reader has taken the bytes, so the
// two sides are not ordered by the pipe, and both take the shipper's mutex around the map.
package main

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"strconv"
	"sync"
)

type shipper struct {
	mu       sync.Mutex
	counters map[string]int
}

func (s *shipper) count(key string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.counters[key]
}

func (s *shipper) produce(pw *io.PipeWriter, records []string) {
	for _, rec := range records {
		n, err := pw.Write([]byte(rec + "\n"))
		if err != nil {
			pw.CloseWithError(err)
			return
		}
		s.mu.Lock()
		s.counters["bytes_in"] += n
		s.mu.Unlock()
	}
	pw.Close()
}

func main() {
	s := &shipper{counters: make(map[string]int)}
	records := []string{
		`{"level":"info","msg":"started"}`,
		`{"level":"warn","msg":"slow disk"}`,
		`{"level":"info","msg":"checkpoint"}`,
	}
	pr, pw := io.Pipe()
	go s.produce(pw, records)

	var compressed bytes.Buffer
	zw := gzip.NewWriter(&compressed)
	buf := make([]byte, 64)
	var progress []string
	for {
		n, err := pr.Read(buf)
		zw.Write(buf[:n])
		if n > 0 {
			progress = append(progress, strconv.Itoa(s.count("bytes_in")))
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, "ship:", err)
			os.Exit(1)
		}
	}
	zw.Close()
	fmt.Println("progress", progress, "compressed", compressed.Len() > 0)
}
