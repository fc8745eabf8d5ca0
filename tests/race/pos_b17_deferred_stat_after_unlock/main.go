// An order book's Submit registers a deferred closure that counts the outcome per status before
// it takes the mutex with its own deferred Unlock. Deferred calls run last-in first-out, so the
// Unlock runs first and the count is written after the lock is released.
package main

import (
	"errors"
	"os"
	"sort"
	"strconv"
	"strings"
	"sync"
)

type Order struct {
	ID    string
	Side  string
	Price int
}

type Book struct {
	mu       sync.Mutex
	resting  map[string]Order
	outcomes map[string]int
}

var errDuplicate = errors.New("duplicate order id")

func (b *Book) Submit(o Order) (err error) {
	defer func() {
		status := "accepted"
		if err != nil {
			status = "rejected"
		}
		b.outcomes[status]++ // want "concurrent map write"
	}()
	b.mu.Lock()
	defer b.mu.Unlock()
	if _, ok := b.resting[o.ID]; ok {
		return errDuplicate
	}
	b.resting[o.ID] = o
	return nil
}

func main() {
	b := &Book{resting: make(map[string]Order), outcomes: make(map[string]int)}
	var traders sync.WaitGroup
	traders.Go(func() { b.Submit(Order{ID: "o-1", Side: "buy", Price: 101}) })
	b.Submit(Order{ID: "o-2", Side: "sell", Price: 103})
	traders.Wait()
	var lines []string
	for s, n := range b.outcomes {
		lines = append(lines, s+"="+strconv.Itoa(n))
	}
	sort.Strings(lines)
	os.Stdout.WriteString(strings.Join(lines, " ") + " resting=" + strconv.Itoa(len(b.resting)) + "\n")
}
