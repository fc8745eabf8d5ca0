// An API server registers a shutdown hook that expires idle sessions, then persists the
// remaining sessions once srv.Shutdown returns. Shutdown starts each hook in a goroutine of
// its own and does not wait for it, so the hook's deletes race with the persisting range.
package main

import (
	"context"
	"net/http"
	"os"
	"sort"
	"strconv"
	"strings"
)

type session struct {
	user string
	idle bool
}

func persist(sessions map[string]session) string {
	var users []string
	for id, s := range sessions { // other access
		users = append(users, id+"="+s.user)
	}
	sort.Strings(users)
	return strings.Join(users, ",")
}

func main() {
	sessions := map[string]session{
		"s1": {user: "ann"},
		"s2": {user: "bob", idle: true},
		"s3": {user: "cyd"},
		"s4": {user: "dee", idle: true},
	}
	mux := http.NewServeMux()
	mux.HandleFunc("/whoami", func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte(sessions[r.URL.Query().Get("sid")].user))
	})
	srv := &http.Server{Addr: "127.0.0.1:0", Handler: mux}

	expired := make(chan int, 1)
	srv.RegisterOnShutdown(func() {
		n := 0
		for id, s := range sessions {
			if s.idle {
				delete(sessions, id) // want "concurrent map write"
				n++
			}
		}
		expired <- n
	})

	if err := srv.Shutdown(context.Background()); err != nil {
		os.Stderr.WriteString("shutdown: " + err.Error() + "\n")
	}
	saved := persist(sessions)
	n := <-expired
	os.Stdout.WriteString("saved " + saved + "; expired " + strconv.Itoa(n) + "\n")
}
