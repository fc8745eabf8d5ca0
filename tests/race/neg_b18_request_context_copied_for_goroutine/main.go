// A small web framework's per-request Context carries a Keys map (Set/Get). A handler starts an
// audit goroutine with the Copy the framework provides, so it keeps setting keys in its own map
// while the audit goroutine reads the user from the cloned one.
package main

import (
	"maps"
	"net/http"
	"net/http/httptest"
	"os"
	"sync"
)

type Context struct {
	Request *http.Request
	Writer  http.ResponseWriter
	Keys    map[string]any
}

func (c *Context) Set(key string, value any) {
	c.Keys[key] = value
}

func (c *Context) Get(key string) (any, bool) {
	v, ok := c.Keys[key]
	return v, ok
}

// Copy is meant for goroutines that outlive the handler.
func (c *Context) Copy() *Context {
	return &Context{Request: c.Request, Keys: maps.Clone(c.Keys)}
}

type Server struct {
	audits sync.WaitGroup
	trail  []string
	mu     sync.Mutex
}

func (s *Server) audit(c *Context) {
	user, _ := c.Get("user")
	name, _ := user.(string)
	s.mu.Lock()
	s.trail = append(s.trail, name+" "+c.Request.URL.Path)
	s.mu.Unlock()
}

func (s *Server) handleOrder(c *Context) {
	c.Set("user", c.Request.Header.Get("X-User"))
	cc := c.Copy()
	s.audits.Go(func() { s.audit(cc) })
	c.Set("status", http.StatusCreated)
	c.Writer.WriteHeader(http.StatusCreated)
}

func main() {
	s := &Server{}
	req := httptest.NewRequest(http.MethodPost, "/orders", nil)
	req.Header.Set("X-User", "ana")
	rec := httptest.NewRecorder()
	s.handleOrder(&Context{Request: req, Writer: rec, Keys: make(map[string]any)})
	s.audits.Wait()
	os.Stdout.WriteString(s.trail[0] + "\n")
}
