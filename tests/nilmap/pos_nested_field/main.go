// A nested struct's map field stays nil.
package main

type inner struct {
	tags map[string]string
}

type outer struct {
	in inner
}

func main() {
	var o outer
	o.in.tags["k"] = "v" // want "assignment to entry in nil map"
}
