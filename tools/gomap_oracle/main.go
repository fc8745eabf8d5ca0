// Command gomap_oracle reports the state of Go 1.19's real runtime map (hmap) while it runs
// scripted workloads, so that gomap's state machine can be compared with it step by step.
//
// It must be built with Go 1.19 (the classic map; Go 1.24+ has Swiss tables and a different
// hmap). Modes, selected by the first argument:
//
//	hintb            reads hints (one per line) from stdin; for each, makes a real
//	                 make(map[uint64]uint64, hint) and prints "hint B".
//	hintruns N       prints the hint -> B table for every hint in 0..=N as runs "first_hint B",
//	                 computed with the runtime's own overLoadFactor (the loop makemap runs),
//	                 since building 10^6 real maps would zero about 10^13 bytes.
//	script           reads operations from stdin and prints the hmap state after each:
//	                   m HINT   new map (make with hint)
//	                   i K      m[K] = K (insert or update)
//	                   d K      delete(m, K)
//	                   g K      read m[K]
//	                   c        clear (the range-delete idiom, compiled to mapclear)
//	                 State line: "count B noverflow growing nevacuate samesize".
//
// To make bucket placement reproducible, the oracle switches the runtime to its portable
// (non-AES) hash with a fixed key and pins every map's hash0 to 0 whenever the map is empty
// (makemap and the count==0 reseeds draw fresh random seeds). gomap's tests use the same hash
// function, so both maps put every key in the same bucket with the same tophash.
package main

import (
	"bufio"
	"os"
	"strconv"
	"strings"
	"unsafe"
)

//go:linkname useAeshash runtime.useAeshash
var useAeshash bool

//go:linkname hashkey runtime.hashkey
var hashkey [4]uintptr

//go:linkname overLoadFactor runtime.overLoadFactor
func overLoadFactor(count int, B uint8) bool

// HashKey0 is runtime.hashkey[0] during the run; gomap's oracle hasher uses the same value.
const HashKey0 = 0x0123456789abcdef

// hmap mirrors runtime.hmap of Go 1.19 (runtime/map.go:116).
type hmap struct {
	count      int
	flags      uint8
	B          uint8
	noverflow  uint16
	hash0      uint32
	buckets    unsafe.Pointer
	oldbuckets unsafe.Pointer
	nevacuate  uintptr
	extra      unsafe.Pointer
}

const sameSizeGrow = 8

func header(m map[uint64]uint64) *hmap {
	return *(**hmap)(unsafe.Pointer(&m))
}

func main() {
	out := bufio.NewWriterSize(os.Stdout, 1<<16)
	defer out.Flush()
	if len(os.Args) < 2 {
		os.Stderr.WriteString("usage: gomap_oracle hintb|hintruns N|script\n")
		os.Exit(2)
	}
	switch os.Args[1] {
	case "hintb":
		in := bufio.NewScanner(os.Stdin)
		for in.Scan() {
			hint, err := strconv.Atoi(strings.TrimSpace(in.Text()))
			if err != nil {
				fail("bad hint: " + in.Text())
			}
			m := make(map[uint64]uint64, hint)
			out.WriteString(strconv.Itoa(hint) + " " + strconv.Itoa(int(header(m).B)) + "\n")
		}
	case "hintruns":
		if len(os.Args) < 3 {
			fail("hintruns needs N")
		}
		n, err := strconv.Atoi(os.Args[2])
		if err != nil {
			fail("bad N")
		}
		last := -1
		for hint := 0; hint <= n; hint++ {
			b := uint8(0)
			for overLoadFactor(hint, b) {
				b++
			}
			if int(b) != last {
				out.WriteString(strconv.Itoa(hint) + " " + strconv.Itoa(int(b)) + "\n")
				last = int(b)
			}
		}
	case "script":
		runScript(out)
	default:
		fail("unknown mode " + os.Args[1])
	}
}

func runScript(out *bufio.Writer) {
	useAeshash = false
	hashkey[0] = HashKey0
	var m map[uint64]uint64
	var sink uint64
	in := bufio.NewScanner(os.Stdin)
	in.Buffer(make([]byte, 1<<20), 1<<20)
	for in.Scan() {
		line := in.Text()
		if line == "" {
			continue
		}
		op := line[0]
		var arg uint64
		if len(line) > 2 {
			v, err := strconv.ParseUint(line[2:], 10, 64)
			if err != nil {
				fail("bad line: " + line)
			}
			arg = v
		}
		switch op {
		case 'm':
			m = make(map[uint64]uint64, int(arg))
		case 'i':
			m[arg] = arg
		case 'd':
			delete(m, arg)
		case 'g':
			sink += m[arg]
		case 'c':
			for k := range m {
				delete(m, k)
			}
		default:
			fail("bad op: " + line)
		}
		h := header(m)
		if h.count == 0 {
			h.hash0 = 0
		}
		growing, same := 0, 0
		if h.oldbuckets != nil {
			growing = 1
		}
		if h.flags&sameSizeGrow != 0 {
			same = 1
		}
		out.WriteString(strconv.Itoa(h.count) + " " + strconv.Itoa(int(h.B)) + " " +
			strconv.Itoa(int(h.noverflow)) + " " + strconv.Itoa(growing) + " " +
			strconv.Itoa(int(h.nevacuate)) + " " + strconv.Itoa(same) + "\n")
	}
	if sink == 1 {
		os.Stderr.WriteString("")
	}
}

func fail(msg string) {
	os.Stderr.WriteString("gomap_oracle: " + msg + "\n")
	os.Exit(2)
}
