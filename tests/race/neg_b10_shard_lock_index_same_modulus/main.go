// A billing service counts API calls per account in sharded maps. The map array was cut from 16
// shards to 4 to save memory; Inc computes one shard index and uses it for both the lock and the
// map, so acct-1 and acct-5, which land in the same map (shard 0), also share lock 0.
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
	i := h % uint32(len(u.shards))
	mu, shard := &u.locks[i], u.shards[i]
	mu.Lock()
	shard[account] += calls
	mu.Unlock()
}

func (u *Usage) Total(account string) int {
	h := hash(account)
	i := h % uint32(len(u.shards))
	u.locks[i].Lock()
	defer u.locks[i].Unlock()
	return u.shards[i][account]

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
