package sessions

import (
	"testing"
	"time"
)

// TestLoginWhileExpiring logs in while the janitor expires sessions: `go test -race` reports the
// race on the sessions map.
func TestLoginWhileExpiring(t *testing.T) {
	s := NewStore(time.Millisecond)
	for i := 0; i < 50; i++ {
		s.Login("t", "alice", time.Nanosecond)
		time.Sleep(100 * time.Microsecond)
	}
	if _, ok := s.User("missing"); ok {
		t.Fatal("a session that was never made")
	}
}
