// A sharded session table allocates its shards as a slice of structs and initialises them in
// a range loop over the values: every iteration fills the loop's copy and stores the copy
// back into the slice, so every shard has its map before the first Put.
package main

import (
	"fmt"
	"hash/fnv"
)

type session struct {
	user    string
	expires int64
}

type shard struct {
	id       int
	sessions map[string]session
}

type SessionTable struct {
	shards []shard
}

func NewSessionTable(n int) *SessionTable {
	t := &SessionTable{shards: make([]shard, n)}
	for i, sh := range t.shards {
		sh.id = i
		sh.sessions = make(map[string]session)
		t.shards[i] = sh
	}
	return t
}

func (t *SessionTable) shardFor(token string) *shard {
	h := fnv.New32a()
	h.Write([]byte(token))
	return &t.shards[int(h.Sum32())%len(t.shards)]
}

func (t *SessionTable) Put(token string, s session) {
	sh := t.shardFor(token)
	sh.sessions[token] = s
}

func (t *SessionTable) Get(token string) (session, bool) {
	s, ok := t.shardFor(token).sessions[token]
	return s, ok
}

func main() {
	table := NewSessionTable(4)
	table.Put("tok-1", session{user: "ana", expires: 1700000000})
	s, ok := table.Get("tok-1")
	fmt.Println(s.user, ok)
}
