// A constructor makes the map only on its persistent branch; the in-memory branch forgets it.
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
	return &Queue{}
}

func (q *Queue) Enqueue(id uint64, msg []byte) {
	q.pending[id] = msg // want "nil map"
}

func main() {
	for _, path := range []string{"/var/spool/q", ""} {
		q := NewQueue(path)
		q.Enqueue(1, []byte("hello"))
		fmt.Println(len(q.pending))
	}
}
