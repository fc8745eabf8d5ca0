// Reduced from go-git v5.19.3, status.go:20, where mapscope check reported Status.File's
// `s[path] = ...` as a write to a nil map when WorktreeSuite.TestAddAndCommitWithSkipStatus-
// PathNotModified (worktree_commit_test.go:328) calls it on the status Worktree.Status
// returned, nil on its error paths (`return nil, err`, worktree_status.go:40). The test runs
// `c.Assert(err, IsNil)` between the two, and gocheck's (gopkg.in/check.v1) Assert returns
// only when its checker passes: with IsNil, only when the error is nil; otherwise it stops the
// test (FailNow, runtime.Goexit). The corpus module has no dependencies, so the checker
// library's shape is written out here: Assert asks the checker through an interface and calls
// FailNow when it fails. A near miss: a map returned nil only with a non-nil error, the error
// asserted nil by a checker-library call before the write. Our own rewrite.
package main

import (
	"errors"
	"fmt"
	"reflect"
	"runtime"
)

type Checker interface {
	Check(params []any) (result bool, message string)
}

type isNilChecker struct{}

func (isNilChecker) Check(params []any) (bool, string) {
	v := params[0]
	if v == nil {
		return true, ""
	}
	rv := reflect.ValueOf(v)
	switch rv.Kind() {
	case reflect.Chan, reflect.Func, reflect.Interface, reflect.Map, reflect.Pointer, reflect.Slice:
		return rv.IsNil(), ""
	}
	return false, "value is not nil"
}

var IsNil Checker = isNilChecker{}

type C struct{ name string }

// Assert returns only when the checker passes; otherwise the test stops here.
func (c *C) Assert(obtained any, checker Checker, args ...any) {
	if ok, message := checker.Check(append([]any{obtained}, args...)); !ok {
		fmt.Println(c.name, "failed:", message)
		c.FailNow()
	}
}

func (c *C) FailNow() { runtime.Goexit() }

type FileStatus struct{ Staging, Worktree byte }

const Untracked = '?'

type Status map[string]*FileStatus

// File returns the status of a path, adding an untracked one when there is none.
func (s Status) File(path string) *FileStatus {
	if _, ok := s[path]; !ok {
		s[path] = &FileStatus{Worktree: Untracked, Staging: Untracked}
	}
	return s[path]
}

var errReferenceNotFound = errors.New("reference not found")

type Worktree struct {
	head  string
	files []string
}

func (w *Worktree) Status() (Status, error) {
	if w.head == "" {
		return nil, errReferenceNotFound
	}
	s := make(Status)
	for _, f := range w.files {
		s[f] = &FileStatus{Staging: ' ', Worktree: ' '}
	}
	return s, nil
}

func testAddUntracked(c *C) {
	w := &Worktree{head: "375a3808", files: []string{"bar"}}
	status, err := w.Status()
	c.Assert(err, IsNil)
	foo := status.File("foo")
	fmt.Println(c.name, string(foo.Staging), string(foo.Worktree), len(status))
}

func main() {
	testAddUntracked(&C{name: "TestAddUntracked"})
}
