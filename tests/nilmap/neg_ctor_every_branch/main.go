// The constructor makes the map on both of its branches.
package main

import "fmt"

type Queue struct {
	path    string
	pending map[uint64][]byte
}

func NewQueue(path string) *Queue {
	if path != "" {
		return &Queue{path: path, pending: make(map[uint64][]byte)}
	}
	return &Queue{pending: map[uint64][]byte{}}
}

func (q *Queue) Enqueue(id uint64, msg []byte) {
	q.pending[id] = msg
}

func main() {
	for _, path := range []string{"/var/spool/q", ""} {
		q := NewQueue(path)
		q.Enqueue(1, []byte("hello"))
		fmt.Println(len(q.pending))
	}
}
