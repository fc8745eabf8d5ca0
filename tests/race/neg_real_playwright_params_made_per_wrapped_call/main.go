// Reduced from playwright-community/playwright-go v0.5200.1, helpers.go:73, where mapscope
// check reported `out[key] = transformStructValues(...)` in transformStructIntoMapIfNeeded,
// reached from the calling goroutine's Send, as racing with the `range optionMap` of
// transformOptions (:128) in the goroutine BrowserContext.pause starts (browser_context.go:638)
// to send "pause". Send runs the protocol call through `c.connection.WrapAPICall(func() ...
// { return c.innerSend(method, options...)... })`, and every call of innerSend makes its own
// parameter maps (transformOptions' base and transformStructIntoMapIfNeeded's out, both made
// inside the call): the two goroutines never touch one map. A near miss: maps made inside a
// call that a callback handed to a wrapper makes, by two goroutines each calling the wrapper.
// Our own rewrite.
package main

import (
	"fmt"
	"reflect"
	"strings"
)

func skipField(val reflect.Value) bool {
	k := val.Kind()
	return (k == reflect.Ptr || k == reflect.Interface || k == reflect.Map || k == reflect.Slice) && val.IsNil()
}

func toWire(in any) any {
	v := reflect.ValueOf(in)
	if v.Kind() == reflect.Ptr {
		v = v.Elem()
	}
	if v.Kind() == reflect.Map || v.Kind() == reflect.Struct {
		return toWireMap(in)
	}
	if v.Kind() == reflect.Slice {
		out := []any{}
		for i := 0; i < v.Len(); i++ {
			out = append(out, toWire(v.Index(i).Interface()))
		}
		return out
	}
	return in
}

func toWireMap(in any) map[string]any {
	out := make(map[string]any)
	v := reflect.ValueOf(in)
	if v.Kind() == reflect.Ptr {
		v = v.Elem()
	}
	typ := v.Type()
	if v.Kind() == reflect.Struct {
		for i := 0; i < v.NumField(); i++ {
			fi := typ.Field(i)
			if fi.IsExported() && !skipField(v.Field(i)) {
				key := strings.Split(fi.Tag.Get("json"), ",")[0]
				if key == "" {
					key = fi.Name
				}
				out[key] = toWire(v.Field(i).Interface())
			}
		}
	} else if v.Kind() == reflect.Map {
		for _, key := range v.MapKeys() {
			if !skipField(v.MapIndex(key)) {
				out[key.String()] = toWire(v.MapIndex(key).Interface())
			}
		}
	}
	return out
}

func params(options ...any) map[string]any {
	if len(options) == 0 {
		return make(map[string]any)
	}
	base := make(map[string]any)
	option := options[len(options)-1]
	if len(options) == 2 {
		base = toWireMap(options[0])
	}
	for key, value := range toWireMap(option) {
		base[key] = value
	}
	return base
}

type channel struct {
	sent chan map[string]any
}

func wrapAPICall(cb func() error) error {
	return cb()
}

func (c *channel) innerSend(method string, options ...any) error {
	p := params(options...)
	p["method"] = method
	c.sent <- p
	return nil
}

func (c *channel) send(method string, options ...any) {
	_ = wrapAPICall(func() error {
		return c.innerSend(method, options...)
	})
}

type viewport struct {
	Width  int `json:"width"`
	Height int `json:"height"`
}

type gotoOptions struct {
	URL      string    `json:"url"`
	Viewport *viewport `json:"viewport,omitempty"`
}

func main() {
	c := &channel{sent: make(chan map[string]any, 2)}
	started := make(chan struct{})
	done := make(chan struct{})
	go func() {
		<-started
		c.send("pause")
		close(done)
	}()
	close(started)
	c.send("goto", gotoOptions{URL: "https://example.com", Viewport: &viewport{Width: 800, Height: 600}})
	<-done
	fmt.Println((<-c.sent)["method"], (<-c.sent)["method"])
}
