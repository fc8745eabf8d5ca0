// A map field written through a type assertion on an interface field, where one test builds
// its machine around a bare mock literal (no definitions map) and hands that machine to the
// lowering step, which defines a value through the asserted mock: assignment to a nil map.
// The positive beside neg_real_wazero_asserted_mock_made_by_setup.
package main

import "fmt"

type Compiler interface {
	Emit(word uint32)
}

type mockCompiler struct {
	buf         []uint32
	definitions map[int]string
}

func (m *mockCompiler) Emit(word uint32) { m.buf = append(m.buf, word) }

func newMockCompiler() *mockCompiler {
	return &mockCompiler{definitions: make(map[int]string)}
}

type machine struct{ compiler Compiler }

func (m *machine) SetCompiler(c Compiler) { m.compiler = c }

func (m *machine) encode(word uint32) { m.compiler.Emit(word) }

// lower defines every argument before it encodes the instruction.
func (m *machine) lower(args []int, word uint32) {
	for _, a := range args {
		m.compiler.(*mockCompiler).definitions[a] = fmt.Sprintf("v%d", a) // want "nil map"
	}
	m.encode(word)
}

func newSetup() (*mockCompiler, *machine) {
	ctx := newMockCompiler()
	m := &machine{}
	m.SetCompiler(ctx)
	return ctx, m
}

// testLowering lowers with a bare mock: its definitions map was never made.
func testLowering(words []uint32) int {
	mc := &mockCompiler{}
	m := &machine{compiler: mc}
	for i, w := range words {
		m.lower([]int{i}, w)
	}
	return len(mc.buf)
}

func testOperands(words []uint32) {
	ctx, m := newSetup()
	for i, w := range words {
		m.lower([]int{i, i + 1}, w)
	}
	fmt.Println(len(ctx.definitions), len(ctx.buf))
}

func main() {
	testOperands([]uint32{0xd503201f})
	fmt.Println(testLowering([]uint32{0xd503201f, 0xd65f03c0}))
}
