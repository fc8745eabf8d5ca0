// Reduced from tikv/client-go v2.0.8-0.20260803075849-c3b50791b9fb,
// txnkv/txnsnapshot/snapshot.go:304, where mapscope check reported BatchGetWithTier's collector
// write `m[string(k)] = v`, made under a local mutex by the goroutines batchGetKeysByRegions
// starts (:506), as racing with the read of `m` at :329 after batchGetKeysByRegions returns. That
// function starts one goroutine per batch, each sending once on `ch` after its last collect, and
// receives from `ch` as many times as there are batches before it returns: every write happens
// before the read. A near miss: the loop that starts the goroutines picks a backoffer with an
// if/else before its `go` statement (the last batch gets the forked one, the others a clone),
// and counts the same slice that the fan-in loop counts. Our own rewrite.
package main

import (
	"fmt"
	"sync"
)

type backoffer struct{ budget int }

func (b *backoffer) clone() *backoffer { return &backoffer{budget: b.budget} }

type batch struct {
	region int
	keys   []string
}

func getSingleRegion(bo *backoffer, b batch, collect func(k, v string)) error {
	if bo.budget <= 0 {
		return fmt.Errorf("region %d: backoff budget exhausted", b.region)
	}
	for _, k := range b.keys {
		collect(k, fmt.Sprint("value-of-", k, "@", b.region))
	}
	return nil
}

func getByRegions(bo *backoffer, keys []string, collect func(k, v string)) error {
	groups := map[int][]string{}
	for i, k := range keys {
		groups[i%3] = append(groups[i%3], k)
	}
	var batches []batch
	for region, g := range groups {
		batches = append(batches, batch{region: region, keys: g})
	}
	if len(batches) == 0 {
		return nil
	}
	if len(batches) == 1 {
		return getSingleRegion(bo, batches[0], collect)
	}
	ch := make(chan error, len(batches))
	forked := bo.clone()
	for i, b1 := range batches {
		var backoff *backoffer
		if i == len(batches)-1 {
			backoff = forked
		} else {
			backoff = forked.clone()
		}
		b := b1
		go func() {
			ch <- getSingleRegion(backoff, b, collect)
		}()
	}
	var err error
	for i := 0; i < len(batches); i++ {
		if e := <-ch; e != nil {
			err = e
		}
	}
	return err
}

func batchGet(keys []string) (map[string]string, error) {
	m := make(map[string]string, len(keys))
	var mu sync.Mutex
	err := getByRegions(&backoffer{budget: 3}, keys, func(k, v string) {
		mu.Lock()
		m[k] = v
		mu.Unlock()
	})
	if err != nil {
		return nil, err
	}
	for _, k := range keys {
		if v, ok := m[k]; ok && v == "" {
			return nil, fmt.Errorf("empty value for %s", k)
		}
	}
	return m, nil
}

func main() {
	m, err := batchGet([]string{"a", "b", "c", "d", "e"})
	fmt.Println(len(m), err)
}
