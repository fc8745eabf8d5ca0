// A near miss of an init function registering into a map that another file's init makes: the
// registry's file (registry.go) sorts before the one of the built-in codecs (stdcodecs.go),
// so its init, which makes the map, runs first and every registration finds the map made.
package main

import "strings"

type Codec interface {
	Name() string
	Encode(s string) string
}

var codecs map[string]Codec

func init() {
	codecs = make(map[string]Codec)
	Register(upperCodec{})
}

func Register(c Codec) {
	codecs[strings.ToLower(c.Name())] = c
}

type upperCodec struct{}

func (upperCodec) Name() string           { return "Upper" }
func (upperCodec) Encode(s string) string { return strings.ToUpper(s) }
