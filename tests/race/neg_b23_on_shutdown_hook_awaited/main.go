// An API server registers a shutdown hook that expires idle sessions and reports how many
// it expired on a channel; after srv.Shutdown returns the server waits for that report before
// persisting the remaining sessions.
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
	for id, s := range sessions {
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
				delete(sessions, id)
				n++
			}
		}
		expired <- n
	})

	if err := srv.Shutdown(context.Background()); err != nil {
		os.Stderr.WriteString("shutdown: " + err.Error() + "\n")
	}
	n := <-expired
	saved := persist(sessions)
	os.Stdout.WriteString("saved " + saved + "; expired " + strconv.Itoa(n) + "\n")
}
