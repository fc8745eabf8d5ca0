// The login handler's server comes from a constructor that makes the session map.
package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
)

type server struct {
	secret   string
	sessions map[string]string // token -> user
}

func newServer(secret string) *server {
	return &server{secret: secret, sessions: make(map[string]string)}
}

func (s *server) login(w http.ResponseWriter, r *http.Request) {
	user := r.FormValue("user")
	token := fmt.Sprintf("%x", len(s.sessions)+len(user))
	s.sessions[token] = user
	fmt.Fprintln(w, token)
}

func main() {
	s := newServer("k")
	mux := http.NewServeMux()
	mux.HandleFunc("POST /login", s.login)
	req := httptest.NewRequest(http.MethodPost, "/login", strings.NewReader("user=alice"))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	rec := httptest.NewRecorder()
	mux.ServeHTTP(rec, req)
	fmt.Print(rec.Body.String())
}
