// Reduced from weaviate (usecases/cluster/transactions_test.go), where mapscope check overflowed
// its stack: a second transaction manager is built from the first one's logger field
// (`newTxManager(remote.logger)`), and the first comes from a helper that calls the same
// constructor, so resolving the field bound to the constructor's parameter asked about that
// parameter again without end. Each manager's map is its own, locked by its own mutex: a near
// miss that must run clean and be analysed without a crash. Our own rewrite.
package main

import (
	"fmt"
	"io"
	"log"
	"sync"
)

// newLogger is called through a variable, so what it returns is no particular object.
var newLogger = func() *log.Logger { return log.New(io.Discard, "", 0) }

type txManager struct {
	mu     sync.Mutex
	logger *log.Logger
	open   map[string]bool
}

func newTxManager(logger *log.Logger) *txManager {
	return &txManager{logger: logger, open: make(map[string]bool)}
}

func (m *txManager) begin(tx string) {
	m.mu.Lock()
	m.open[tx] = true
	m.mu.Unlock()
	m.logger.Print("begin ", tx)
}

func main() {
	remote := newTestTxManager()
	// The second manager shares the first one's logger, read from its field.
	local := newTxManager(remote.logger)
	var wg sync.WaitGroup
	wg.Go(func() { local.begin("a") })
	wg.Go(func() { remote.begin("b") })
	wg.Wait()
	fmt.Println(len(local.open), len(remote.open))
}

func newTestTxManager() *txManager { return newTxManager(newLogger()) }
