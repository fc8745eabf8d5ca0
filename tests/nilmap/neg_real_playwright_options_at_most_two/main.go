// Reduced from playwright-community/playwright-go v0.5200.1, helpers.go:129, where mapscope
// check reported `base[key] = value` in transformOptions as a write to a nil map, with the
// note that `base` is declared without a value. transformOptions sets `base` for no option
// (it returns a new map), one option and two options; only three or more would leave it nil,
// and its one caller, channel.innerSend, forwards the options of Send, SendReturnAsDict and
// SendNoReply, whose calls in the module pass at most two. A near miss: a variadic function
// that covers zero, one and two arguments, whose callers never pass more. Our own rewrite.
package main

import (
	"fmt"
	"reflect"
	"strings"
)

func toMap(in any) map[string]any {
	out := make(map[string]any)
	v := reflect.ValueOf(in)
	if v.Kind() == reflect.Ptr {
		v = v.Elem()
	}
	switch v.Kind() {
	case reflect.Struct:
		typ := v.Type()
		for i := 0; i < v.NumField(); i++ {
			if fi := typ.Field(i); fi.IsExported() {
				key := strings.Split(fi.Tag.Get("json"), ",")[0]
				if key == "" {
					key = fi.Name
				}
				out[key] = v.Field(i).Interface()
			}
		}
	case reflect.Map:
		for _, key := range v.MapKeys() {
			out[key.String()] = v.MapIndex(key).Interface()
		}
	}
	return out
}

// params merges the protocol call's options: none, one, or a base and an override.
func params(options ...any) map[string]any {
	var base map[string]any
	var option any
	if len(options) == 0 {
		return make(map[string]any)
	}
	if len(options) == 1 {
		base = make(map[string]any)
		option = options[0]
	} else if len(options) == 2 {
		if reflect.ValueOf(options[0]).Kind() != reflect.Map {
			base = params(options[0])
		} else {
			base = toMap(options[0])
		}
		option = options[1]
	}
	if option == nil {
		return base
	}
	for key, value := range toMap(option) {
		base[key] = value
	}
	return base
}

type call struct {
	method string
	params map[string]any
}

type channel struct {
	sent []call
}

func (c *channel) send(method string, options ...any) {
	c.sent = append(c.sent, call{method: method, params: params(options...)})
}

type clickOptions struct {
	Button string `json:"button,omitempty"`
	Count  int    `json:"clickCount,omitempty"`
}

func main() {
	c := &channel{}
	c.send("pause")
	c.send("click", map[string]any{"selector": "#submit"}, clickOptions{Button: "left", Count: 1})
	c.send("setDefaultTimeoutNoReply", map[string]any{"timeout": 30000})
	for _, sent := range c.sent {
		fmt.Println(sent.method, len(sent.params))
	}
}
