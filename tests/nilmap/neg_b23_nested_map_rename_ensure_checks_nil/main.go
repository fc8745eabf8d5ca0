// A dashboard service keeps panel settings per dashboard; Rename may store a nil inner map
// under the new name, and Set's ensure makes the inner map whenever it is nil rather than
// only when the key is absent.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type settingsStore struct {
	boards map[string]map[string]string
}

func newSettingsStore() *settingsStore {
	return &settingsStore{boards: make(map[string]map[string]string)}
}

func (s *settingsStore) ensure(board string) {
	if s.boards[board] == nil {
		s.boards[board] = make(map[string]string)
	}
}

func (s *settingsStore) Set(board, key, value string) {
	s.ensure(board)
	s.boards[board][key] = value
}

func (s *settingsStore) Rename(from, to string) {
	s.boards[to] = s.boards[from]
	delete(s.boards, from)
}

func (s *settingsStore) Dump() string {
	var lines []string
	for board, settings := range s.boards {
		for k, v := range settings {
			lines = append(lines, board+"."+k+"="+v)
		}
	}
	sort.Strings(lines)
	return strings.Join(lines, "\n")
}

type command struct {
	op         string
	board, key string
	value      string
}

func main() {
	store := newSettingsStore()
	commands := []command{
		{op: "set", board: "ops", key: "theme", value: "dark"},
		{op: "rename", board: "latency", key: "latency-v2"},
		{op: "set", board: "latency-v2", key: "refresh", value: "30s"},
		{op: "rename", board: "ops", key: "ops-main"},
	}
	for _, c := range commands {
		switch c.op {
		case "set":
			store.Set(c.board, c.key, c.value)
		case "rename":
			store.Rename(c.board, c.key)
		}
	}
	fmt.Println(store.Dump())
}
