// A codec registry makes its table in init(), but a codec registers itself through a package-level
// variable initializer (`var _ = Register(...)`); Go runs every package-level initializer before
// any init function, so the registration writes into the table before it is made.
package main

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"
)

type Codec interface {
	Encode(v any) (string, error)
}

var codecs map[string]Codec

func init() {
	codecs = make(map[string]Codec)
}

// Register makes a codec available under its content type.
func Register(contentType string, c Codec) bool {
	codecs[strings.ToLower(contentType)] = c // want "nil map"
	return true
}

type jsonCodec struct{}

func (jsonCodec) Encode(v any) (string, error) {
	b, err := json.Marshal(v)
	return string(b), err
}

var _ = Register("application/json", jsonCodec{})

type textCodec struct{}

func (textCodec) Encode(v any) (string, error) { return fmt.Sprint(v), nil }

func init() {
	Register("text/plain", textCodec{})
}

func main() {
	var types []string
	for t := range codecs {
		types = append(types, t)
	}
	sort.Strings(types)
	for _, t := range types {
		out, err := codecs[t].Encode(map[string]int{"items": 3})
		fmt.Println(t, out, err)
	}
}
