// A build runner tallies the log levels of a compiler's standard output in a map while its
// standard error goes straight to the runner's own stderr. os/exec copies only the tally
// writer's stream, in a single goroutine, and Run waits for that goroutine before the runner
// reads the tally: the map is never used by two goroutines at once.
package main

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"strings"
)

type levelTally struct {
	counts map[string]int // level -> lines
	buf    bytes.Buffer
}

func (t *levelTally) Write(p []byte) (int, error) {
	t.buf.Write(p)
	for {
		line, err := t.buf.ReadString('\n')
		if err != nil {
			t.buf.WriteString(line)
			return len(p), nil
		}
		level, _, _ := strings.Cut(line, " ")
		t.counts[level]++
	}
}

func build(script string) (map[string]int, error) {
	tally := &levelTally{counts: map[string]int{}}
	cmd := exec.Command("sh", "-c", script)
	cmd.Stdout = tally
	cmd.Stderr = os.Stderr
	if err := cmd.Run(); err != nil {
		return nil, err
	}
	tally.counts["DONE"]++
	return tally.counts, nil
}

func main() {
	counts, err := build(`echo "INFO compiling"; echo "WARN unused import"; echo "INFO linked"`)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(counts["INFO"], counts["WARN"], counts["DONE"])
}
