// A migration runner starts the migrate tool as a subprocess and tallies the log levels of
// its output. Stdout and Stderr are the same levelWriter, and os/exec, given one comparable
// writer for both, copies both streams into it from a single goroutine, so the tally map is
// written by one goroutine at a time.
package main

import (
	"bytes"
	"fmt"
	"os/exec"
	"strings"
)

type levelWriter struct {
	tally map[string]int // level -> lines, of both streams
	buf   bytes.Buffer
}

func (w *levelWriter) Write(p []byte) (int, error) {
	w.buf.Write(p)
	for {
		line, err := w.buf.ReadString('\n')
		if err != nil {
			w.buf.WriteString(line) // keep the partial line for the next Write
			return len(p), nil
		}
		level, _, _ := strings.Cut(line, " ")
		w.tally[level]++
	}
}

func runMigrations(script string) (map[string]int, error) {
	tally := map[string]int{}
	cmd := exec.Command("sh", "-c", script)
	out := &levelWriter{tally: tally}
	cmd.Stdout = out
	cmd.Stderr = out
	if err := cmd.Run(); err != nil {
		return nil, fmt.Errorf("migrate: %w", err)
	}
	return tally, nil
}

func main() {
	script := `echo "INFO applying 0042_add_index"; echo "WARN table orders is large" >&2; echo "INFO done"`
	tally, err := runMigrations(script)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(tally["INFO"], tally["WARN"])
}
