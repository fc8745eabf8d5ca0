// A billing service counts API calls per account in sharded maps. Each shard holds its own lock
// beside its map, so when the shard array was cut from 16 to 4 the locks went with it: acct-1 and
// acct-5, both in shard 0, take shard 0's lock.
package main

import (
	"fmt"
	"hash/fnv"
	"sync"
)

type shard struct {
	mu     sync.Mutex
	counts map[string]int
}

type Usage struct {
	shards [4]shard
}

func NewUsage() *Usage {
	u := &Usage{}
	for i := range u.shards {
		u.shards[i].counts = make(map[string]int)
	}
	return u
}

func hash(key string) uint32 {
	h := fnv.New32a()
	h.Write([]byte(key))
	return h.Sum32()
}

func (u *Usage) Inc(account string, calls int) {
	s := &u.shards[hash(account)%uint32(len(u.shards))]
	s.mu.Lock()
	s.counts[account] += calls
	s.mu.Unlock()
}

func (u *Usage) Total(account string) int {
	s := &u.shards[hash(account)%uint32(len(u.shards))]
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.counts[account]

}

// ingest replays one account's access log, one Inc per batch of calls.
func ingest(u *Usage, account string, batches []int) {
	for _, n := range batches {
		u.Inc(account, n)
	}
}

func main() {
	u := NewUsage()
	var wg sync.WaitGroup
	start := make(chan struct{})
	wg.Go(func() {
		<-start
		ingest(u, "acct-1", []int{120, 80, 45})
	})
	close(start)
	ingest(u, "acct-5", []int{10, 300})
	wg.Wait()
	fmt.Println("acct-1:", u.Total("acct-1"), "acct-5:", u.Total("acct-5"))
}
