// Package quiet holds unaddressable operands that are not map elements: the check leaves
// their type errors alone.
package quiet

type point struct{ X, Y int }

func origin() point { return point{} }

func (p *point) Move() { p.X++ }

func Errors() {
	_ = &origin()
	origin().X = 1
	origin().Move()
	const n = 3
	_ = &n
}

// Addressable operands: variables, slice elements, pointer fields, composite literals.
func Fine(ps []point, arr [2]point, m map[string]*point) {
	_ = &ps[0].X
	arr[1].Y = 2
	_ = &arr[0]
	m["a"].X = 3
	_ = &point{}
}
