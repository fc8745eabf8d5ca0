// A session store snapshots its sessions with encoding/gob and restores them on start; gob
// skips the unexported flash map, so restore makes it again for every decoded session before
// handing them out.
package main

import (
	"bytes"
	"encoding/gob"
	"fmt"
	"log"
)

type Session struct {
	User  string
	Hits  int
	flash map[string]string
}

func newSession(user string) *Session {
	return &Session{User: user, flash: make(map[string]string)}
}

func (s *Session) AddFlash(kind, msg string) {
	s.flash[kind] = msg
}

func (s *Session) TakeFlash(kind string) string {
	msg := s.flash[kind]
	delete(s.flash, kind)
	return msg
}

func snapshot(sessions map[string]*Session) ([]byte, error) {
	var buf bytes.Buffer
	if err := gob.NewEncoder(&buf).Encode(sessions); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

func restore(data []byte) (map[string]*Session, error) {
	var sessions map[string]*Session
	if err := gob.NewDecoder(bytes.NewReader(data)).Decode(&sessions); err != nil {
		return nil, err
	}
	for _, s := range sessions {
		s.flash = make(map[string]string)
	}
	return sessions, nil
}

func main() {
	live := map[string]*Session{"c0ffee": newSession("ann"), "f00d": newSession("bob")}
	live["c0ffee"].Hits = 7
	live["c0ffee"].AddFlash("notice", "profile saved")
	fmt.Println("before restart:", live["c0ffee"].TakeFlash("notice"))

	data, err := snapshot(live)
	if err != nil {
		log.Fatal(err)
	}
	restored, err := restore(data)
	if err != nil {
		log.Fatal(err)
	}
	s := restored["c0ffee"]
	s.Hits++
	s.AddFlash("notice", "welcome back")
	fmt.Println(s.User, s.Hits, s.TakeFlash("notice"))
}
