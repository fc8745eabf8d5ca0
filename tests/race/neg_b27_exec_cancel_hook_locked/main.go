// A supervisor runs workers with exec.CommandContext and sets each command's Cancel hook to note
// the kill in its state map before killing the process. os/exec calls Cancel from its own
// goroutine when the context ends, so the hook takes the supervisor's mutex, as the supervisor
// does when it records the stop request.
package main

import (
	"context"
	"fmt"
	"os/exec"
	"sync"
)

type supervisor struct {
	mu    sync.Mutex
	state map[string]string
}

func (s *supervisor) start(ctx context.Context, name string, argv ...string) (*exec.Cmd, error) {
	cmd := exec.CommandContext(ctx, argv[0], argv[1:]...)
	cmd.Cancel = func() error {
		s.mu.Lock()
		s.state[name] = "killed"
		s.mu.Unlock()
		return cmd.Process.Kill()
	}
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	s.mu.Lock()
	s.state[name] = "running"
	s.mu.Unlock()
	return cmd, nil
}

func (s *supervisor) requestStop(name, who string) {
	s.mu.Lock()
	s.state[name+".stopped-by"] = who
	s.mu.Unlock()
}

func main() {
	s := &supervisor{state: make(map[string]string)}
	ctx, cancel := context.WithCancel(context.Background())
	cmd, err := s.start(ctx, "indexer", "sleep", "30")
	if err != nil {
		fmt.Println("start:", err)
		return
	}
	cancel()
	s.requestStop("indexer", "operator")
	err = cmd.Wait()
	fmt.Println("indexer exited:", err)
	s.mu.Lock()
	fmt.Println(s.state)
	s.mu.Unlock()
}
