// An inventory service reserves stock with Lock and a deferred Unlock inside an immediately
// called closure that validates the request; the reservation is written inside the closure,
// before the deferred Unlock runs as the closure returns, so two orders at once store it in turn.
package main

import (
	"errors"
	"os"
	"sort"
	"strconv"
	"strings"
	"sync"
)

type Inventory struct {
	mu       sync.Mutex
	stock    map[string]int
	reserved map[string]int
}

func (inv *Inventory) Reserve(sku string, qty int) error {
	inv.mu.Lock()
	err := func() error {
		defer inv.mu.Unlock()
		if qty <= 0 {
			return errors.New("quantity must be positive")
		}
		if inv.stock[sku]-inv.reserved[sku] < qty {
			return errors.New("insufficient stock for " + sku)
		}
		inv.reserved[sku] += qty
		return nil
	}()
	return err
}

func main() {
	inv := &Inventory{
		stock:    map[string]int{"sku-1": 10, "sku-2": 4},
		reserved: make(map[string]int),
	}
	var orders sync.WaitGroup
	for _, o := range []struct {
		sku string
		qty int
	}{{"sku-1", 3}, {"sku-2", 1}} {
		orders.Go(func() { inv.Reserve(o.sku, o.qty) })
	}
	orders.Wait()
	var lines []string
	for sku, n := range inv.reserved {
		lines = append(lines, sku+"="+strconv.Itoa(n))
	}
	sort.Strings(lines)
	os.Stdout.WriteString(strings.Join(lines, " ") + "\n")
}
