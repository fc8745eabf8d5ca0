// Reduced from seaweedfs (v0.0.0-20261109003541-7506e5f91cd6),
// weed/mq/kafka/consumer_offset/memory_storage.go:43, where a rule of session 27 reported
// `m.groups[group] = ...` in CommitOffset as a write to a nil map after Close, which sets
// `m.groups = nil`, when a test commits after closing. Close also sets `m.closed = true`, and
// CommitOffset returns ErrStorageClosed first when it is set. A near miss: a method that stores
// nil into a map field only creation makes, beside a flag that every writer tests first.
// Our own rewrite.
package main

import (
	"errors"
	"fmt"
	"sync"
)

var ErrStorageClosed = errors.New("storage is closed")

type TopicPartition struct {
	Topic     string
	Partition int32
}

type MemoryStorage struct {
	mu     sync.RWMutex
	groups map[string]map[TopicPartition]int64
	closed bool
}

func NewMemoryStorage() *MemoryStorage {
	return &MemoryStorage{groups: make(map[string]map[TopicPartition]int64)}
}

func (m *MemoryStorage) CommitOffset(group, topic string, partition int32, offset int64) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.closed {
		return ErrStorageClosed
	}
	if m.groups[group] == nil {
		m.groups[group] = make(map[TopicPartition]int64)
	}
	m.groups[group][TopicPartition{Topic: topic, Partition: partition}] = offset
	return nil
}

func (m *MemoryStorage) Close() error {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.closed = true
	m.groups = nil
	return nil
}

func main() {
	s := NewMemoryStorage()
	fmt.Println(s.CommitOffset("billing", "invoices", 0, 42))
	s.Close()
	err := s.CommitOffset("billing", "invoices", 0, 43)
	fmt.Println(errors.Is(err, ErrStorageClosed))
}
