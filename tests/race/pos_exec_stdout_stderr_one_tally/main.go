// A migration runner starts the migrate tool as a subprocess and tallies the log levels of
// its output. Stdout and Stderr get two levelWriters that share one tally map; os/exec copies
// each of them in a goroutine of its own, so lines arriving on both streams are counted at
// once. (os/exec serialises Write only when Stdout and Stderr are the same writer.)
package main

import (
	"bytes"
	"fmt"
	"os/exec"
	"strings"
)

type levelWriter struct {
	tally map[string]int // level -> lines, shared by both streams
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
		w.tally[level]++ // want "concurrent map write"
	}
}

func runMigrations(script string) (map[string]int, error) {
	tally := map[string]int{}
	cmd := exec.Command("sh", "-c", script)
	cmd.Stdout = &levelWriter{tally: tally}
	cmd.Stderr = &levelWriter{tally: tally}
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
