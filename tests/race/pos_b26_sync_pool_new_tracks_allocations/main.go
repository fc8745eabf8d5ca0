// An image service keeps resize buffers in a sync.Pool, and to hunt a leak its New function
// records every buffer it allocates in a plain map by id. Pool.Get calls New in whatever
// goroutine finds the pool empty, so two resize workers starting on an empty pool both run New
// and write the map together.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type buffer struct {
	id   int
	data []byte
}

type resizer struct {
	nextID    atomic.Int64
	allocated map[int]string
	pool      sync.Pool
}

func newResizer() *resizer {
	r := &resizer{allocated: make(map[int]string)}
	r.pool.New = func() any {
		b := &buffer{id: int(r.nextID.Add(1)), data: make([]byte, 0, 1<<16)}
		r.allocated[b.id] = "resize" // want "concurrent map write"
		return b
	}
	return r
}

func (r *resizer) resize(b *buffer, img []byte, scale int) int {
	b.data = b.data[:0]
	for i := 0; i < len(img); i += scale {
		b.data = append(b.data, img[i])
	}
	return len(b.data)
}

func main() {
	r := newResizer()
	images := [][]byte{make([]byte, 4096), make([]byte, 8192)}
	sizes := make([]int, len(images))
	var ready, wg sync.WaitGroup
	ready.Add(len(images))
	for i, img := range images {
		wg.Go(func() {
			b := r.pool.Get().(*buffer) // each worker reserves a buffer on start-up
			defer r.pool.Put(b)
			ready.Done()
			ready.Wait() // then the batch is handed out
			sizes[i] = r.resize(b, img, 4)
		})
	}
	wg.Wait()
	fmt.Println("sizes", sizes, "buffers allocated:", len(r.allocated))
}
