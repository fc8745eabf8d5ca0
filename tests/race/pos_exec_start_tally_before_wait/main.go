// A backup agent starts the dump tool with Start and counts the tables the tool reports on
// stdout in a map. Between Start and Wait it resets the count of a table it is about to
// verify itself, while os/exec's copying goroutine is still writing counts into the same map.
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
			c.tables[table]++ // want "concurrent map write"
		}
	}
}

func main() {
	counter := &tableCounter{tables: map[string]int{}}
	cmd := exec.Command("sh", "-c", `echo "dumped table users"; echo "dumped table orders"`)
	cmd.Stdout = counter
	if err := cmd.Start(); err != nil {
		fmt.Println(err)
		return
	}
	counter.tables["users"] = 0 // other access
	if err := cmd.Wait(); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(len(counter.tables), counter.tables["orders"])
}
