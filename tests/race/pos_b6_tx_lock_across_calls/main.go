// An in-memory database hands out transactions: Begin takes the database's write lock and
// Commit releases it, so a transaction's Sets run under the lock although no Set locks. The
// import job keeps a reference to its transaction and records its row count after Commit,
// when the lock is already released and another transaction may hold it.
package main

import (
	"fmt"
	"strconv"
	"sync"
)

type DB struct {
	mu   sync.Mutex
	rows map[string]string
}

type Tx struct {
	db   *DB
	done bool
}

func (db *DB) Begin() *Tx {
	db.mu.Lock()
	return &Tx{db: db}
}

func (tx *Tx) Set(key, value string) {
	tx.db.rows[key] = value // want "concurrent map write"
}

func (tx *Tx) Commit() {
	tx.done = true
	tx.db.mu.Unlock()
}

func importRows(db *DB, rows [][2]string, start <-chan struct{}) {
	<-start
	tx := db.Begin()
	for _, r := range rows {
		tx.Set(r[0], r[1])
	}
	tx.Commit()
	tx.Set("_import_rows", strconv.Itoa(len(rows))) // root cause
}

func main() {
	db := &DB{rows: make(map[string]string)}
	start := make(chan struct{})
	var wg sync.WaitGroup
	wg.Go(func() { importRows(db, [][2]string{{"user:1", "ana"}, {"user:2", "bo"}}, start) })
	wg.Go(func() { importRows(db, [][2]string{{"order:9", "shipped"}}, start) })
	close(start)
	wg.Wait()
	fmt.Println(len(db.rows))
}
