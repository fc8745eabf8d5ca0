// A session's tools getter returns nil while the session has none (and a copy otherwise); the
// caller edits a tool on a fresh session before registering it and adding any tool, so the
// write goes into the nil map the getter returned. The positive beside
// neg_real_mcpgo_session_tools_added.
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
	tools := sess.Tools()
	entry := tools["query"]
	entry.schema = "v2"
	tools["query"] = entry // want "nil map"
	sess.SetTools(tools)
	srv.register(sess)
	if err := srv.addSessionTool("s", tool{name: "search", schema: "v1"}); err != nil {
		panic(err)
	}
	fmt.Println(sess.Tools()["query"].schema)
}
