// A small RPC server embeds a Router, whose Handle method is promoted to the server. The
// server is created with new(Server) and configured field by field, the embedded router
// included (it gets its method table from NewRouter), so registrations through the promoted
// method are safe.
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

func NewRouter() Router { return Router{methods: make(map[string]HandlerFunc)} }

func (r *Router) Handle(name string, h HandlerFunc) {
	r.methods[strings.ToLower(name)] = h
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
	srv.Router = NewRouter()
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
