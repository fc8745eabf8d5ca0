package main

import "encoding/hex"

type hexCodec struct{}

func (hexCodec) Name() string           { return "Hex" }
func (hexCodec) Encode(s string) string { return hex.EncodeToString([]byte(s)) }

func init() {
	Register(hexCodec{})
}
