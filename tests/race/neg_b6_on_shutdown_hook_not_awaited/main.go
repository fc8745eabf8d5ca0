// An HTTP service tracks its long-lived streams in a map and registers an OnShutdown hook that
// drops them. http.Server.Shutdown starts each registered hook in its own goroutine and does
// not wait for it, so the service waits for the hook's done channel before it records the
// final status.
package main

import (
	"context"
	"fmt"
	"net/http"
	"sort"
	"time"
)

type service struct {
	srv     *http.Server
	streams map[string]string // stream id -> state
}

func newService() *service {
	return &service{
		srv:     &http.Server{Addr: "127.0.0.1:0"},
		streams: map[string]string{"s-1": "open", "s-2": "open"},
	}
}

func main() {
	s := newService()
	hookDone := make(chan struct{})
	s.srv.RegisterOnShutdown(func() {
		defer close(hookDone)
		for _, id := range []string{"s-1", "s-2"} {
			delete(s.streams, id)
		}
	})

	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	if err := s.srv.Shutdown(ctx); err != nil {
		fmt.Println("shutdown:", err)
	}
	<-hookDone
	s.streams["_status"] = "drained"
	ids := make([]string, 0, len(s.streams))
	for id := range s.streams {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	fmt.Println(ids)
}
