// A release CLI dispatches its subcommands through a table of method expressions on *State.
// The "tag" command writes to the state's tag map, which the constructor of a fresh release
// makes.
package main

import (
	"fmt"
	"strings"
)

type State struct {
	version string
	tags    map[string]string
	notes   []string
}

type command func(*State, []string) error

var commands = map[string]command{
	"version": (*State).setVersion,
	"tag":     (*State).addTag,
	"note":    (*State).addNote,
}

func (s *State) setVersion(args []string) error {
	s.version = args[0]
	return nil
}

func (s *State) addTag(args []string) error {
	k, v, ok := strings.Cut(args[0], "=")
	if !ok {
		return fmt.Errorf("tag %q: want key=value", args[0])
	}
	s.tags[k] = v
	return nil
}

func (s *State) addNote(args []string) error {
	s.notes = append(s.notes, strings.Join(args, " "))
	return nil
}

func newRelease() *State {
	return &State{version: "0.0.0", tags: map[string]string{}}
}

func run(s *State, script string) error {
	for _, line := range strings.Split(strings.TrimSpace(script), "\n") {
		fields := strings.Fields(line)
		cmd, ok := commands[fields[0]]
		if !ok {
			return fmt.Errorf("unknown command %q", fields[0])
		}
		if err := cmd(s, fields[1:]); err != nil {
			return err
		}
	}
	return nil
}

func main() {
	s := newRelease()
	err := run(s, "version 1.8.0\nnote faster startup\ntag channel=stable\n")
	fmt.Println(s.version, s.tags, s.notes, err)
}
