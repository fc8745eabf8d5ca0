// An agent gives each subsystem its own log.Logger, all writing through one io.Writer that
// counts lines per prefix in a plain map. Each Logger serialises only its own Output calls
// with its own mutex, so the API and the job runner write the counts at once.
package main

import (
	"bytes"
	"io"
	"log"
	"os"
	"sort"
	"strconv"
	"sync"
)

type countingWriter struct {
	out    io.Writer
	counts map[string]int
}

func (w *countingWriter) Write(p []byte) (int, error) {
	prefix, _, _ := bytes.Cut(p, []byte(" "))
	w.counts[string(prefix)]++ // want "concurrent map write"
	return w.out.Write(p)
}

func serveRequests(l *log.Logger, n int) {
	for i := range n {
		l.Print("served request " + strconv.Itoa(i))
	}
}

func runJobs(l *log.Logger, n int) {
	for i := range n {
		l.Print("finished job " + strconv.Itoa(i))
	}
}

func main() {
	sink := &countingWriter{out: io.Discard, counts: make(map[string]int)}
	apiLog := log.New(sink, "api ", 0)
	jobLog := log.New(sink, "jobs ", 0)

	start := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		<-start
		serveRequests(apiLog, 8000)
	}()
	go func() {
		defer wg.Done()
		<-start
		runJobs(jobLog, 8000)
	}()
	close(start)
	wg.Wait()

	prefixes := make([]string, 0, len(sink.counts))
	for p := range sink.counts {
		prefixes = append(prefixes, p)
	}
	sort.Strings(prefixes)
	for _, p := range prefixes {
		os.Stdout.WriteString(p + " " + strconv.Itoa(sink.counts[p]) + "\n")
	}
}
