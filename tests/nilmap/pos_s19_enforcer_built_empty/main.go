// An access-control enforcer counts its variadic options: a trailing bool turns on verbose
// logging, then one or two paths name the model and the policy, and with no path at all it
// returns an empty enforcer to be given a model later. A tool that builds the empty one and
// sets its role manager straight away writes into a role table nobody made.
package main

import (
	"errors"
	"fmt"
	"strings"
)

type Enforcer struct {
	verbose bool
	model   map[string]string
	rmMap   map[string]string
}

func (e *Enforcer) load(modelPath string) error {
	if !strings.HasSuffix(modelPath, ".conf") {
		return errors.New("not a model file: " + modelPath)
	}
	e.model = map[string]string{"r": "sub, obj, act"}
	e.rmMap = map[string]string{"g": "default"}
	return nil
}

func NewEnforcer(params ...interface{}) (*Enforcer, error) {
	e := &Enforcer{}
	n := len(params)
	if n > 0 {
		if v, ok := params[n-1].(bool); ok {
			e.verbose = v
			n--
		}
	}
	switch n {
	case 0:
		return e, nil
	case 1, 2:
		if err := e.load(params[0].(string)); err != nil {
			return nil, err
		}
		return e, nil
	}
	return nil, errors.New("too many parameters")
}

func (e *Enforcer) SetRoleManager(name string) { e.rmMap["g"] = name } // want "nil map"

func main() {
	e, err := NewEnforcer()
	if err != nil {
		fmt.Println(err)
		return
	}
	e.SetRoleManager("tenant-rm")
	fmt.Println(e.rmMap)
}
