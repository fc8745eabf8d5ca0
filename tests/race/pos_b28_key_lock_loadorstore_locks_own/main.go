// A document store serializes patches per document with a mutex kept in a sync.Map by
// document ID. lockDoc allocates a mutex, offers it with LoadOrStore and then locks the one it
// allocated instead of the one LoadOrStore returned, so when two patches of the same document
// arrive together, each locks its own fresh mutex and both write the document's field map.
package main

import (
	"fmt"
	"sort"
	"sync"
)

type store struct {
	locks sync.Map                     // doc ID -> *sync.Mutex
	docs  map[string]map[string]string // doc ID -> field -> value; IDs fixed at load
}

func (s *store) lockDoc(id string) (unlock func()) {
	mu := new(sync.Mutex)
	s.locks.LoadOrStore(id, mu)
	mu.Lock()
	return mu.Unlock
}

func (s *store) patch(id string, fields map[string]string) error {
	doc, ok := s.docs[id]
	if !ok {
		return fmt.Errorf("no document %q", id)
	}
	unlock := s.lockDoc(id)
	defer unlock()
	for k, v := range fields {
		doc[k] = v // want "concurrent map write"
	}
	return nil
}

func main() {
	s := &store{docs: map[string]map[string]string{
		"order-1017": {"status": "pending", "carrier": ""},
		"order-1018": {"status": "pending", "carrier": ""},
	}}
	var wg sync.WaitGroup
	errs := make([]error, 2)
	wg.Go(func() { errs[0] = s.patch("order-1017", map[string]string{"status": "paid"}) })
	wg.Go(func() { errs[1] = s.patch("order-1017", map[string]string{"carrier": "dhl"}) })
	wg.Wait()
	keys := make([]string, 0)
	for k := range s.docs["order-1017"] {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, "=", s.docs["order-1017"][k])
	}
	fmt.Println(errs)
}
