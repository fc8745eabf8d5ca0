// Reduced from mcp-go v1.6.0, server/param_headers_test.go:423, where mapscope check reported
// a nil-map write to the map the test session's GetSessionTools returns (a copy, or nil while
// the session has no tools, session_test.go:77). Just before, the test registers the session
// with the server and calls AddSessionTool, which finds the session in the server's sync.Map,
// asserts it to the tools interface and stores a new non-empty map with SetSessionTools (its
// error is checked); so the getter returns a copy. A near miss: the field the getter tests was
// set through the registry first. Our own rewrite.
package main

import (
	"errors"
	"fmt"
	"maps"
	"sync"
)

type tool struct {
	name   string
	schema string
}

type session interface {
	ID() string
}

type sessionWithTools interface {
	session
	Tools() map[string]tool
	SetTools(map[string]tool)
}

type testSession struct {
	id    string
	mu    sync.RWMutex
	tools map[string]tool
}

func (s *testSession) ID() string { return s.id }

func (s *testSession) Tools() map[string]tool {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if s.tools == nil {
		return nil
	}
	return maps.Clone(s.tools)
}

func (s *testSession) SetTools(t map[string]tool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if t == nil {
		s.tools = nil
		return
	}
	s.tools = maps.Clone(t)
}

type server struct {
	sessions sync.Map
}

func (s *server) register(sess session) { s.sessions.Store(sess.ID(), sess) }

func (s *server) addSessionTool(id string, t tool) error {
	v, ok := s.sessions.Load(id)
	if !ok {
		return errors.New("session not found")
	}
	sess, ok := v.(sessionWithTools)
	if !ok {
		return errors.New("session has no tools")
	}
	current := sess.Tools()
	next := make(map[string]tool, len(current)+1)
	maps.Copy(next, current)
	next[t.name] = t
	sess.SetTools(next)
	return nil
}

func main() {
	srv := &server{}
	sess := &testSession{id: "s"}
	srv.register(sess)
	if err := srv.addSessionTool("s", tool{name: "query", schema: "v1"}); err != nil {
		panic(err)
	}
	tools := sess.Tools()
	entry := tools["query"]
	entry.schema = "v2"
	tools["query"] = entry
	sess.SetTools(tools)
	fmt.Println(sess.Tools()["query"].schema)
}
