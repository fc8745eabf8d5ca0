// A log shipper compresses records into an io.Pipe from a producer goroutine while the sender
// reads the other end. The sender reads the producer's counters map only once it has seen EOF,
// which the producer's Close after its last count causes, so the read comes after every write.
package main

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"strconv"
)

type shipper struct {
	counters map[string]int
}

func (s *shipper) produce(pw *io.PipeWriter, records []string) {
	for _, rec := range records {
		n, err := pw.Write([]byte(rec + "\n"))
		if err != nil {
			pw.CloseWithError(err)
			return
		}
		s.counters["bytes_in"] += n
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
	for {
		n, err := pr.Read(buf)
		zw.Write(buf[:n])
		if err == io.EOF {
			break
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, "ship:", err)
			os.Exit(1)
		}
	}
	zw.Close()
	fmt.Println("shipped", strconv.Itoa(s.counters["bytes_in"]), "bytes, compressed", compressed.Len() > 0)
}
