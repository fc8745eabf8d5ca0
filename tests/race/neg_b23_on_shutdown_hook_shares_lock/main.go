// An API server registers a shutdown hook that expires idle sessions under the sessions
// mutex, and persists the remaining sessions under the same mutex once srv.Shutdown returns,
// without waiting for the hook.
package main

import (
	"context"
	"net/http"
	"os"
	"sort"
	"strconv"
	"strings"
	"sync"
)

var sessionsMu sync.Mutex

type session struct {
	user string
	idle bool
}

func persist(sessions map[string]session) string {
	var users []string
	sessionsMu.Lock()
	defer sessionsMu.Unlock()
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
		sessionsMu.Lock()
		defer sessionsMu.Unlock()
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
	saved := persist(sessions)
	n := <-expired
	os.Stdout.WriteString("saved " + saved + "; expired " + strconv.Itoa(n) + "\n")
}
