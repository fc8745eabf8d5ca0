// A plugin host starts its plugins in parallel to cut boot time; each plugin's Init registers
// its command handlers through the Registrar interface it is given. The host's registrar
// takes a mutex around its handler map, so two plugins registering during the parallel start
// take turns. The near miss of pos_b14_plugin_init_parallel_register.
package main

import (
	"fmt"
	"sort"
	"sync"
)

type Handler func(args []string) string

type Registrar interface {
	Handle(command string, h Handler)
}

type Plugin interface {
	Name() string
	Init(r Registrar) error
}

type host struct {
	mu       sync.Mutex
	handlers map[string]Handler
}

func (h *host) Handle(command string, fn Handler) {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.handlers[command] = fn
}

type echoPlugin struct{ started *sync.WaitGroup }

func (echoPlugin) Name() string { return "echo" }

func (p echoPlugin) Init(r Registrar) error {
	p.started.Done()
	p.started.Wait()
	r.Handle("echo", func(args []string) string { return fmt.Sprint(args) })
	return nil
}

type countPlugin struct{ started *sync.WaitGroup }

func (countPlugin) Name() string { return "count" }

func (p countPlugin) Init(r Registrar) error {
	p.started.Done()
	p.started.Wait()
	r.Handle("count", func(args []string) string { return fmt.Sprint(len(args)) })
	return nil
}

func (h *host) start(plugins []Plugin) []error {
	errs := make([]error, len(plugins))
	var wg sync.WaitGroup
	for i, p := range plugins {
		wg.Go(func() { errs[i] = p.Init(h) })
	}
	wg.Wait()
	return errs
}

func main() {
	var started sync.WaitGroup
	started.Add(2)
	h := &host{handlers: make(map[string]Handler)}
	errs := h.start([]Plugin{echoPlugin{&started}, countPlugin{&started}})
	commands := make([]string, 0, len(h.handlers))
	for c := range h.handlers {
		commands = append(commands, c)
	}
	sort.Strings(commands)
	fmt.Println(commands, errs)
	fmt.Println(h.handlers["count"]([]string{"a", "b"}))
}
