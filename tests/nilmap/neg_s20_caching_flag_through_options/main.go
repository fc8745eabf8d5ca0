// A SQL-backed store keeps its options behind a pointer. The sub-store constructor makes the
// last-sent table only when caching is off (`s.opts.NoCaching`), and the recovery code writes
// into that table only under the same switch, so the table it leaves nil is never written.
// (Shape of nats-streaming-server's SQLStore.newSQLSubStore and its recovery loop.)
package main

import "fmt"

type storeOptions struct {
	NoCaching bool
	MaxOpen   int
}

type ackCache struct {
	pending map[uint64][]uint64
}

type subStore struct {
	channel  string
	lastSent map[uint64]uint64
	cache    *ackCache
}

type sqlStore struct {
	opts *storeOptions
	subs map[string]*subStore
}

func (s *sqlStore) newSubStore(channel string) *subStore {
	ss := &subStore{channel: channel}
	if s.opts.NoCaching {
		ss.lastSent = make(map[uint64]uint64)
	} else {
		ss.cache = &ackCache{pending: make(map[uint64][]uint64)}
	}
	return ss
}

func (s *sqlStore) recover(channel string, rows map[uint64]uint64) *subStore {
	ss := s.newSubStore(channel)
	s.subs[channel] = ss
	for id, sent := range rows {
		if s.opts.NoCaching {
			ss.lastSent[id] = sent
		} else {
			ss.cache.pending[id] = append(ss.cache.pending[id], sent)
		}
	}
	return ss
}

func main() {
	for _, noCaching := range []bool{true, false} {
		s := &sqlStore{opts: &storeOptions{NoCaching: noCaching}, subs: map[string]*subStore{}}
		ss := s.recover("orders", map[uint64]uint64{1: 10, 2: 12})
		fmt.Println(noCaching, len(ss.lastSent), ss.cache != nil)
	}
}
