// A billing service counts API calls per account in sharded maps. The map array was cut from 16
// shards to 4 to save memory, but Inc still picks its lock modulo the 16 locks: acct-1 and acct-5
// land in the same map (shard 0) under different locks (12 and 0), so their writers race.
package main

import (
	"fmt"
	"hash/fnv"
	"sync"
)

type Usage struct {
	locks  [16]sync.Mutex
	shards [4]map[string]int
}

func NewUsage() *Usage {
	u := &Usage{}
	for i := range u.shards {
		u.shards[i] = make(map[string]int)
	}
	return u
}

func hash(key string) uint32 {
	h := fnv.New32a()
	h.Write([]byte(key))
	return h.Sum32()
}

func (u *Usage) Inc(account string, calls int) {
	h := hash(account)
	mu := &u.locks[h%uint32(len(u.locks))]
	shard := u.shards[h%uint32(len(u.shards))]
	mu.Lock()
	shard[account] += calls // want "concurrent map write"
	mu.Unlock()
}

func (u *Usage) Total(account string) int {
	h := hash(account)
	mu := &u.locks[h%uint32(len(u.locks))]
	mu.Lock()
	defer mu.Unlock()
	return u.shards[h%uint32(len(u.shards))][account]
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
