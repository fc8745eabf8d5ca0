// Sessions live in a sync.Map, which makes finding a session safe, but each *Session carries a
// plain attribute map; two requests of one session set preferences at once and both write the
// attribute map unlocked.
package main

import (
	"net/http"
	"net/http/httptest"
	"os"
	"sort"
	"strings"
	"sync"
)

type Session struct {
	user  string
	attrs map[string]string
}

type Server struct {
	sessions sync.Map
}

func (s *Server) setPref(w http.ResponseWriter, r *http.Request) {
	v, ok := s.sessions.Load(r.Header.Get("X-Session"))
	if !ok {
		http.Error(w, "no session", http.StatusUnauthorized)
		return
	}
	sess := v.(*Session)
	q := r.URL.Query()
	sess.attrs[q.Get("key")] = q.Get("value") // want "concurrent map write"
	w.WriteHeader(http.StatusNoContent)
}

func request(s *Server, key, value string) int {
	r := httptest.NewRequest(http.MethodPost, "/prefs?key="+key+"&value="+value, nil)
	r.Header.Set("X-Session", "s-81")
	w := httptest.NewRecorder()
	s.setPref(w, r)
	return w.Code
}

func main() {
	s := &Server{}
	s.sessions.Store("s-81", &Session{user: "dana", attrs: map[string]string{}})
	done := make(chan int)
	go func() { done <- request(s, "theme", "dark") }()
	code := request(s, "lang", "de")
	code += <-done
	v, _ := s.sessions.Load("s-81")
	var keys []string
	for k := range v.(*Session).attrs {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	os.Stdout.WriteString(strings.Join(keys, ",") + "\n")
	if code != 2*http.StatusNoContent {
		os.Exit(1)
	}
}
