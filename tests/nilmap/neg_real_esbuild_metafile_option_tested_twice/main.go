// Reduced from evanw/esbuild v0.28.2, internal/linker/linker.go:5907, where mapscope check
// reported `metaBytes[compileResult.sourceIndex] = append(bytes, compileResult.JS)` in
// generateChunkJS as a write to a nil map, with the note that `metaBytes` is declared without a
// value. The map is made under `if c.options.NeedsMetafile` before the loop over the compile
// results, and the write is under the same test inside the loop; the option is set once, in
// the literal that makes the linker's options, and no code assigns it afterwards, so the calls
// between the two tests (the joiner's appends, a path's formatting) cannot turn it on. A near
// miss: a map made and written under two tests of one option field that nothing assigns, with
// calls on other objects between them. Our own rewrite.
package main

import (
	"fmt"
	"strings"
)

type options struct {
	needsMetafile bool
	bundle        bool
}

type file struct {
	path         string
	omitFromMeta bool
}

type compileResult struct {
	sourceIndex uint32
	js          []byte
}

type joiner struct {
	parts []string
	size  int
}

func (j *joiner) addString(s string) {
	j.parts = append(j.parts, s)
	j.size += len(s)
}

func (j *joiner) addBytes(b []byte) { j.addString(string(b)) }

type linker struct {
	options options
	files   []file
}

func (c *linker) generateChunk(results []compileResult) (string, map[uint32]int) {
	var j joiner
	var metaOrder []uint32
	var metaBytes map[uint32][][]byte
	if c.options.needsMetafile {
		metaOrder = make([]uint32, 0, len(results))
		metaBytes = make(map[uint32][][]byte, len(results))
	}
	prevComment := uint32(0)
	for _, result := range results {
		if c.options.bundle && prevComment != result.sourceIndex {
			path := strings.ReplaceAll(c.files[result.sourceIndex].path, "\n", "\\n")
			j.addString(fmt.Sprintf("// %s\n", path))
			prevComment = result.sourceIndex
		}
		j.addBytes(result.js)
		if c.files[result.sourceIndex].omitFromMeta {
			continue
		}
		if c.options.needsMetafile {
			bytes, ok := metaBytes[result.sourceIndex]
			if !ok {
				metaOrder = append(metaOrder, result.sourceIndex)
			}
			metaBytes[result.sourceIndex] = append(bytes, result.js)
		}
	}
	sizes := make(map[uint32]int)
	for _, index := range metaOrder {
		for _, js := range metaBytes[index] {
			sizes[index] += len(js)
		}
	}
	return strings.Join(j.parts, ""), sizes
}

func main() {
	files := []file{{path: "runtime", omitFromMeta: true}, {path: "src/a.js"}, {path: "src/b.js"}}
	results := []compileResult{{0, []byte("var r;\n")}, {1, []byte("a();\n")}, {2, []byte("b();\n")}, {1, []byte("a2();\n")}}
	for _, opts := range []options{{needsMetafile: true, bundle: true}, {bundle: true}, {}} {
		c := &linker{options: opts, files: files}
		out, sizes := c.generateChunk(results)
		fmt.Println(len(out), sizes)
	}
}
