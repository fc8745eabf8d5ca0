// Reduced from github.com/casbin/casbin/v2 v2.135.0, enforcer.go:303 (SetRoleManager, from
// model_test.go:428) and model/model.go:139 (Model.SetLogger, from SetModel at
// enforcer_test.go:391), where mapscope check reported nil-map writes to `e.rmMap` and to the
// model of an enforcer made by `NewEnforcer(modelPath, policyPath)`. NewEnforcer counts its
// variadic parameters, less a trailing bool or logger, and only with none left returns the
// enforcer without initialising its maps; called with two strings, neither a bool nor a logger,
// it always initialises them (or returns a nil enforcer with an error). A near miss: the number
// and the dynamic types of a variadic call's arguments pick the branch. Our own rewrite.
package main

import (
	"errors"
	"fmt"
	"strings"
)

type Logger interface{ Log(string) }

type Model map[string]map[string]string

type Enforcer struct {
	verbose bool
	logger  Logger
	model   Model
	rmMap   map[string]string
}

func loadModel(path string) (Model, error) {
	if !strings.HasSuffix(path, ".conf") {
		return nil, errors.New("not a model file: " + path)
	}
	return Model{"r": {"r": "sub, obj, act"}}, nil
}

func (e *Enforcer) initWith(modelPath, policyPath string) error {
	m, err := loadModel(modelPath)
	if err != nil {
		return err
	}
	e.model = m
	e.rmMap = map[string]string{"g": "default"}
	_ = policyPath
	return nil
}

func NewEnforcer(params ...interface{}) (*Enforcer, error) {
	e := &Enforcer{}
	parsed := 0
	n := len(params)
	if n >= 1 {
		if v, ok := params[n-1].(bool); ok {
			e.verbose = v
			parsed++
		}
	}
	if n-parsed >= 1 {
		if l, ok := params[n-parsed-1].(Logger); ok {
			e.logger = l
			parsed++
		}
	}
	switch n - parsed {
	case 2:
		if err := e.initWith(params[0].(string), params[1].(string)); err != nil {
			return nil, err
		}
	case 1:
		if err := e.initWith(params[0].(string), ""); err != nil {
			return nil, err
		}
	case 0:
		return e, nil // an empty enforcer, to be given a model later
	default:
		return nil, errors.New("invalid parameters for enforcer")
	}
	return e, nil
}

func (e *Enforcer) SetRoleManager(rm string) { e.rmMap["g"] = rm }

func (e *Enforcer) SetModel(m Model) {
	e.model = m
	m["logger"] = map[string]string{"level": "info"}
}

func main() {
	e, _ := NewEnforcer("rbac_model.conf", "rbac_policy.csv")
	e.SetRoleManager("custom")
	e2, _ := NewEnforcer("basic_model.conf", "basic_policy.csv", true)
	e.SetModel(e2.model)
	fmt.Println(len(e.rmMap), len(e.model))
}
