package main

// Registry keeps named values of one kind; commands, codecs and plugins each get one.
type Registry[T any] struct {
	items map[string]T
	order []string
}

func NewRegistry[T any]() Registry[T] {
	return Registry[T]{items: make(map[string]T)}
}

func (r *Registry[T]) Register(name string, v T) {
	if _, dup := r.items[name]; !dup {
		r.order = append(r.order, name)
	}
	r.items[name] = v // want "nil map"
}

func (r *Registry[T]) Lookup(name string) (T, bool) {
	v, ok := r.items[name]
	return v, ok
}
