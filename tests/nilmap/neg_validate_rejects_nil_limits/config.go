package main

import "errors"

type TenantConfig struct {
	Name   string
	Plan   string
	Limits map[string]int // resource -> limit
}

// validate rejects configs the service cannot run with.
func validate(c *TenantConfig) error {
	if c.Name == "" {
		return errors.New("tenant has no name")
	}
	if c.Plan == "" {
		return errors.New("tenant " + c.Name + " has no plan")
	}
	if c.Limits == nil {
		return errors.New("tenant " + c.Name + " has no limits")
	}
	return nil
}
