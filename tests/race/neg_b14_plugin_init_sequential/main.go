// A plugin host starts its plugins one after another; each plugin's Init registers its command
// handlers through the Registrar interface it is given, and the registrar writes its handler
// map without a lock, which is right while only one Init runs at a time. The plugins still
// count themselves started. The near miss of pos_b14_plugin_init_parallel_register.
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
	handlers map[string]Handler
}

func (h *host) Handle(command string, fn Handler) {
	h.handlers[command] = fn
}

type echoPlugin struct{ started *sync.WaitGroup }

func (echoPlugin) Name() string { return "echo" }

func (p echoPlugin) Init(r Registrar) error {
	p.started.Done()
	r.Handle("echo", func(args []string) string { return fmt.Sprint(args) })
	return nil
}

type countPlugin struct{ started *sync.WaitGroup }

func (countPlugin) Name() string { return "count" }

func (p countPlugin) Init(r Registrar) error {
	p.started.Done()
	r.Handle("count", func(args []string) string { return fmt.Sprint(len(args)) })
	return nil
}

func (h *host) start(plugins []Plugin) []error {
	errs := make([]error, len(plugins))
	for i, p := range plugins {
		errs[i] = p.Init(h)
	}
	return errs
}

func main() {
	var started sync.WaitGroup
	started.Add(2)
	h := &host{handlers: make(map[string]Handler)}
	errs := h.start([]Plugin{echoPlugin{&started}, countPlugin{&started}})
	started.Wait()
	commands := make([]string, 0, len(h.handlers))
	for c := range h.handlers {
		commands = append(commands, c)
	}
	sort.Strings(commands)
	fmt.Println(commands, errs)
	fmt.Println(h.handlers["count"]([]string{"a", "b"}))
}
