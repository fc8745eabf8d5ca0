// An agent's subsystems share one log.Logger that writes through an io.Writer counting lines
// per prefix in a plain map; the Logger serialises every Output call with its mutex, so the
// API and the job runner never write the counts at once.
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
	w.counts[string(prefix)]++
	return w.out.Write(p)
}

func serveRequests(l *log.Logger, n int) {
	for i := range n {
		l.Print("api served request " + strconv.Itoa(i))
	}
}

func runJobs(l *log.Logger, n int) {
	for i := range n {
		l.Print("jobs finished job " + strconv.Itoa(i))
	}
}

func main() {
	sink := &countingWriter{out: io.Discard, counts: make(map[string]int)}
	shared := log.New(sink, "", 0)
	apiLog, jobLog := shared, shared

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
