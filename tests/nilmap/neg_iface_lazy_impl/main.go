// An interface implementation built with &T{} initialises its map lazily in the method.
package main

import "fmt"

type Store interface {
	Save(id string, blob []byte)
}

type memStore struct {
	blobs map[string][]byte
}

func (s *memStore) Save(id string, blob []byte) {
	if s.blobs == nil {
		s.blobs = map[string][]byte{}
	}
	s.blobs[id] = blob
}

func upload(s Store, files map[string]string) {
	for name, content := range files {
		s.Save(name, []byte(content))
	}
}

func main() {
	s := &memStore{}
	upload(s, map[string]string{"a.txt": "hi", "b.txt": "there"})
	fmt.Println(len(s.blobs))
}
