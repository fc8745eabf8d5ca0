// Reduced from wazero (v1.12.0), internal/engine/wazevo/backend/isa/arm64/
// lower_instr_operands_test.go:586 and :588, where mapscope check reported
// `m.compiler.(*mockCompiler).definitions[extArg] = ...` as a write to a nil map, because an
// encoding test boxes a bare `&mockCompiler{}` into a machine's compiler interface. The machine
// the write reaches comes from the setup helper, which boxes a mock its constructor made with
// the map; the bare mocks only ever go to machines that encode and never define a value. A near
// miss: a map field written through a type assertion on an interface field, the value in that
// field made with the map, while another literal of the type without it is boxed elsewhere.
// Our own rewrite.
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

func newSetup() (*mockCompiler, *machine) {
	ctx := newMockCompiler()
	m := &machine{}
	m.SetCompiler(ctx)
	return ctx, m
}

// testEncoding encodes with a bare mock: it never defines a value.
func testEncoding(words []uint32) int {
	mc := &mockCompiler{}
	m := &machine{compiler: mc}
	for _, w := range words {
		m.encode(w)
	}
	return len(mc.buf)
}

type testCase struct {
	name  string
	setup func(ctx *mockCompiler, m *machine) int
}

func testOperands(cases []testCase) {
	for _, tc := range cases {
		ctx, m := newSetup()
		n := tc.setup(ctx, m)
		fmt.Println(tc.name, n, len(ctx.definitions))
	}
}

func main() {
	fmt.Println(testEncoding([]uint32{0xd503201f, 0xd65f03c0}))
	testOperands([]testCase{
		{name: "const arg", setup: func(ctx *mockCompiler, m *machine) int {
			m.compiler.(*mockCompiler).definitions[1] = "iconst 0xffff"
			return 1
		}},
		{name: "plain arg", setup: func(ctx *mockCompiler, m *machine) int {
			m.compiler.(*mockCompiler).definitions[2] = "param"
			return 2
		}},
	})
}
