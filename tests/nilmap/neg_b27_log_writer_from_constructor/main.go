// A nightly batch job sends its log.Logger output through a levelWriter that counts lines per
// level for the end-of-run summary. The job builds its writer with newLevelWriter, which makes
// the count map, so every Printf that reaches Write through the logger counts into a real map.
package main

import (
	"bytes"
	"fmt"
	"io"
	"log"
	"os"
	"sort"
	"strings"
)

type levelWriter struct {
	out    io.Writer
	counts map[string]int
}

func newLevelWriter(out io.Writer) *levelWriter {
	return &levelWriter{out: out, counts: make(map[string]int)}
}

func (w *levelWriter) Write(p []byte) (int, error) {
	level := "INFO"
	if i := bytes.IndexByte(p, ':'); i > 0 && i <= 5 {
		level = string(p[:i])
	}
	w.counts[level]++
	return w.out.Write(p)
}

func (w *levelWriter) Summary() string {
	levels := make([]string, 0, len(w.counts))
	for l := range w.counts {
		levels = append(levels, l)
	}
	sort.Strings(levels)
	parts := make([]string, len(levels))
	for i, l := range levels {
		parts[i] = fmt.Sprintf("%s=%d", l, w.counts[l])
	}
	return strings.Join(parts, " ")
}

type job struct {
	name   string
	log    *log.Logger
	levels *levelWriter
}

func newJob(name string) *job {
	lw := newLevelWriter(os.Stdout)
	return &job{name: name, log: log.New(lw, "", 0), levels: lw}
}

func (j *job) run(files []string) {
	for _, f := range files {
		if strings.HasSuffix(f, ".tmp") {
			j.log.Printf("WARN: %s: skipping temporary file %s", j.name, f)
			continue
		}
		j.log.Printf("INFO: %s: compacting %s", j.name, f)
	}
}

func main() {
	j := newJob("compact-segments")
	j.run([]string{"seg-0001.log", "seg-0002.log", "seg-0003.tmp"})
	fmt.Println("summary:", j.levels.Summary())
}
