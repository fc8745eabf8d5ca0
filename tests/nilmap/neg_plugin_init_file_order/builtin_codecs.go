package main

import "encoding/hex"

type hexCodec struct{}

func (hexCodec) Name() string           { return "Hex" }
func (hexCodec) Encode(s string) string { return hex.EncodeToString([]byte(s)) }

type identity struct{}

func (identity) Name() string           { return "Identity" }
func (identity) Encode(s string) string { return s }

func init() {
	Register(hexCodec{})
	Register(identity{})
}
