package main

import "strings"

// Codec turns a payload into its wire form.
type Codec interface {
	Name() string
	Encode(s string) string
}

var codecs = make(map[string]Codec)

func init() {
	Register(upperCodec{})
}

// Register adds a codec; a later registration under the same name replaces the earlier one.
func Register(c Codec) {
	name := strings.ToLower(c.Name())
	codecs[name] = c
}

type upperCodec struct{}

func (upperCodec) Name() string           { return "Upper" }
func (upperCodec) Encode(s string) string { return strings.ToUpper(s) }
