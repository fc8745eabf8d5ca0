// A session store snapshots its sessions with encoding/gob before a restart and restores
// them on start; the session decodes itself (GobDecode), and makes its unexported flash map
// there, so a restored session has a map for its first flash message.
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

// sessionWire is what goes over gob: the exported state only.
type sessionWire struct {
	User string
	Hits int
}

func newSession(user string) *Session {
	return &Session{User: user, flash: make(map[string]string)}
}

func (s *Session) GobEncode() ([]byte, error) {
	var buf bytes.Buffer
	err := gob.NewEncoder(&buf).Encode(sessionWire{User: s.User, Hits: s.Hits})
	return buf.Bytes(), err
}

func (s *Session) GobDecode(data []byte) error {
	var w sessionWire
	if err := gob.NewDecoder(bytes.NewReader(data)).Decode(&w); err != nil {
		return err
	}
	s.User, s.Hits = w.User, w.Hits
	s.flash = make(map[string]string)
	return nil
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
