// A backup agent starts the dump tool with Start, so that it can record the process id, and
// counts the tables the tool reports on stdout and stderr with one shared map. The two
// writers are the same value, so os/exec copies both streams from one goroutine, and the
// agent reads and resets the counts only after Wait, which waits for that goroutine.
package main

import (
	"bytes"
	"fmt"
	"os/exec"
	"strings"
)

type tableCounter struct {
	tables map[string]int // table -> lines mentioning it
	buf    bytes.Buffer
}

func (c *tableCounter) Write(p []byte) (int, error) {
	c.buf.Write(p)
	for {
		line, err := c.buf.ReadString('\n')
		if err != nil {
			c.buf.WriteString(line)
			return len(p), nil
		}
		if _, table, ok := strings.Cut(strings.TrimSpace(line), "table "); ok {
			c.tables[table]++
		}
	}
}

func main() {
	counter := &tableCounter{tables: map[string]int{}}
	cmd := exec.Command("sh", "-c", `echo "dumped table users"; echo "skipped table audit" >&2`)
	cmd.Stdout = counter
	cmd.Stderr = counter
	if err := cmd.Start(); err != nil {
		fmt.Println(err)
		return
	}
	pid := cmd.Process.Pid
	if err := cmd.Wait(); err != nil {
		fmt.Println(err)
		return
	}
	counter.tables["(agent)"] = pid & 0
	fmt.Println(len(counter.tables), counter.tables["users"], counter.tables["audit"])
}
