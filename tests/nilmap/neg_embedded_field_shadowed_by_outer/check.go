package main

// Base is embedded by every health check; initBase makes its tags map.
type Base struct {
	Name string
	Tags map[string]string
}

func (b *Base) initBase(name string) {
	b.Name = name
	b.Tags = map[string]string{"check": name}
}

// HTTPCheck used to rely on the promoted Base.Tags; a later change added its own Tags, the
// headers sent with the probe, which now shadow the embedded field for c.Tags.
type HTTPCheck struct {
	Base
	URL  string
	Tags map[string]string
}

func NewHTTPCheck(name, url string) *HTTPCheck {
	c := &HTTPCheck{URL: url}
	c.initBase(name)
	return c
}
