// A small RPC server embeds a Router, whose Handle method is promoted to the server. The
// server is created with new(Server) and configured field by field; nobody gives the embedded
// router its method table, so the first registration through the promoted method panics.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type HandlerFunc func(args []string) string

type Router struct {
	methods map[string]HandlerFunc
}

func (r *Router) Handle(name string, h HandlerFunc) {
	r.methods[strings.ToLower(name)] = h // want "nil map"
}

func (r *Router) Call(name string, args ...string) string {
	if h, ok := r.methods[strings.ToLower(name)]; ok {
		return h(args)
	}
	return "unknown method " + name
}

type Server struct {
	Router
	Addr    string
	MaxArgs int
}

func main() {
	srv := new(Server)
	srv.Addr = ":7070"
	srv.MaxArgs = 8
	srv.Handle("Echo", func(args []string) string { return strings.Join(args, " ") })
	srv.Handle("Sum", func(args []string) string { return fmt.Sprint(len(args)) })
	names := make([]string, 0, len(srv.methods))
	for n := range srv.methods {
		names = append(names, n)
	}
	sort.Strings(names)
	fmt.Println(srv.Addr, names, srv.Call("echo", "hi"))
}
