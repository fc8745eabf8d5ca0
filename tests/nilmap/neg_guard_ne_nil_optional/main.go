// An optional audit map is written only when the caller asked for auditing.
package main

import "fmt"

type Executor struct {
	audit map[string]int
}

func (e *Executor) Run(job string) {
	if e.audit != nil {
		e.audit[job]++
	}
}

func main() {
	quiet := &Executor{}
	loud := &Executor{audit: map[string]int{}}
	for _, e := range []*Executor{quiet, loud} {
		e.Run("backup")
	}
	fmt.Println(loud.audit)
}
