// A cache entry embeds *Header; the program writes entries as JSON itself and reads them back,
// so every document it decodes carries the Header's Attrs, made when the entry was built.
package main

import (
	"encoding/json"
	"fmt"
	"log"
)

type Header struct {
	Key   string            `json:"key"`
	Attrs map[string]string `json:"attrs"`
}

type Entry struct {
	*Header
	Body string `json:"body"`
}

func encode(key, body string) []byte {
	e := Entry{Header: &Header{Key: key, Attrs: map[string]string{"v": "1"}}, Body: body}
	data, err := json.Marshal(e)
	if err != nil {
		log.Fatal(err)
	}
	return data
}

func decode(data []byte) (*Entry, error) {
	e := &Entry{}
	if err := json.Unmarshal(data, e); err != nil {
		return nil, err
	}
	if e.Header == nil {
		return nil, fmt.Errorf("entry without header")
	}
	e.Attrs["read"] = "yes"
	return e, nil
}

func main() {
	for _, key := range []string{"a", "b"} {
		e, err := decode(encode(key, "payload-"+key))
		if err != nil {
			log.Fatal(err)
		}
		fmt.Println(e.Key, e.Body, len(e.Attrs))
	}
}
