// Reduced from chromedp (v0.24.0), browser.go:422, where mapscope check reported the browser
// loop's `b.pages[t.SessionID] = t` as written by more than one instance at a time of the
// goroutine NewBrowserTransport starts (`go b.run(ctx)`, browser.go:146), against the loop's
// read of the same map in another instance. A test starts the browser with Do and then calls
// CallBrowser; each goes through initContextBrowser, which allocates a browser (through the
// allocator's pipe or websocket path) only while the context has none. So the loop starts once
// per context, and every loop owns the browser (and page table) its starter has just made. A
// near miss: a goroutine started on the object its starting function makes, reached twice from
// one function through a lazy allocation two calls deep. Our own rewrite.
package main

import (
	"fmt"
	"sync"
)

type Browser struct {
	cmds  chan string
	done  chan int
	pages map[string]int
}

func newBrowser() *Browser {
	return &Browser{cmds: make(chan string), done: make(chan int)}
}

// NewBrowser starts the browser's loop, the only goroutine that touches its page table.
func NewBrowser() *Browser {
	b := newBrowser()
	go b.run()
	return b
}

func (b *Browser) run() {
	b.pages = make(map[string]int, 4)
	for id := range b.cmds {
		if _, ok := b.pages[id]; ok {
			continue
		}
		b.pages[id] = len(b.pages)
	}
	b.done <- len(b.pages)
}

// allocate connects to a browser process through a pipe or through a websocket.
func allocate(pipe bool) *Browser {
	if pipe {
		return connectPipe()
	}
	return dial()
}

func connectPipe() *Browser { return NewBrowser() }

func dial() *Browser { return NewBrowser() }

// Context holds the browser of one session, allocated by its first call.
type Context struct {
	mu      sync.Mutex
	pipe    bool
	Browser *Browser
}

func initContextBrowser(c *Context) *Browser {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.Browser == nil {
		c.Browser = allocate(c.pipe)
	}
	return c.Browser
}

func CallBrowser(c *Context, page string) {
	b := initContextBrowser(c)
	b.cmds <- page
}

// Do starts the context's browser, as a test's setup does.
func Do(c *Context) {
	initContextBrowser(c)
}

func main() {
	c := &Context{}
	Do(c)
	CallBrowser(c, "page-1")
	CallBrowser(c, "page-2")
	close(c.Browser.cmds)
	fmt.Println(<-c.Browser.done)
}
