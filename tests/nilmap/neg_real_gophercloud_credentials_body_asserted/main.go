// Reduced from gophercloud/gophercloud/v2 v2.16.0, openstack/identity/v3/ec2tokens/requests.go
// :254, :257, :278, :285 and :368, where mapscope check reported the writes to `c` in
// AuthOptions.ToTokenV3CreateMap (and `c[key] = m` in interfaceToMap, which it calls with `c`)
// as writes to a nil map, with the note that `c, _ := b["credentials"].(map[string]any)` gives
// the zero value when the assertion fails. b comes from gophercloud.BuildRequestBody(opts,
// "credentials"), which marshals the options struct to a JSON object, decodes it into a map it
// made, and returns `map[string]any{parent: optsMap}`: the entry under the key the caller names
// is always a non-nil map[string]any. A near miss: a comma-ok assertion, its ok discarded, on
// the entry a helper stores as a made map under the key the caller passes. Our own rewrite.
package main

import (
	"encoding/json"
	"fmt"
	"reflect"
)

type authOptions struct {
	Access    string            `json:"access"`
	Host      string            `json:"host"`
	Headers   map[string]string `json:"headers,omitempty"`
	Params    map[string]string `json:"params,omitempty"`
	Signature *string           `json:"signature,omitempty"`
	secret    string
}

// buildRequestBody turns a struct into the body of a request, under parent when one is given.
func buildRequestBody(opts any, parent string) (map[string]any, error) {
	value := reflect.ValueOf(opts)
	if value.Kind() == reflect.Pointer {
		value = value.Elem()
	}
	if value.Kind() != reflect.Struct {
		return nil, fmt.Errorf("options of type %T are not a struct", opts)
	}
	optsMap := make(map[string]any)
	b, err := json.Marshal(opts)
	if err != nil {
		return nil, err
	}
	if err := json.Unmarshal(b, &optsMap); err != nil {
		return nil, err
	}
	if parent != "" {
		optsMap = map[string]any{parent: optsMap}
	}
	return optsMap, nil
}

// interfaceToMap replaces the element key of c by a map of strings and returns it.
func interfaceToMap(c map[string]any, key string) map[string]string {
	m := make(map[string]string)
	if v, _ := c[key].(map[string]any); v != nil {
		for k, v := range v {
			m[k] = v.(string)
		}
	}
	c[key] = m
	return m
}

func (opts *authOptions) toCreateMap() (map[string]any, error) {
	b, err := buildRequestBody(opts, "credentials")
	if err != nil {
		return nil, err
	}
	if opts.Signature != nil {
		return b, nil
	}
	c, _ := b["credentials"].(map[string]any)
	h := interfaceToMap(c, "headers")
	p := interfaceToMap(c, "params")
	if v := p["SignatureVersion"]; v == "2" {
		delete(c, "body_hash")
		c["signature"] = "v2:" + opts.secret
		return b, nil
	}
	c["body_hash"] = "e3b0c442"
	c["signature"] = "v4:" + opts.secret
	h["Authorization"] = "AWS4-HMAC-SHA256 " + opts.Access
	return b, nil
}

func main() {
	opts := &authOptions{Access: "a7f1e798", Host: "localhost", secret: "18f4f6761ada4e3795fa5273c30349b9"}
	b, err := opts.toCreateMap()
	fmt.Println(len(b), err)
}
