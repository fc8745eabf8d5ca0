// Reduced from github.com/ClickHouse/clickhouse-go/v2 v2.51.0, context.go:257 and :275,
// conn_http.go:416, conn_http_batch.go:269, conn_http_format.go:293 and :426 and
// context_test.go:86, where mapscope check reported seven nil-map writes to the `settings` of the
// QueryOptions that queryOptions (context.go:241) returns. queryOptions clones the options found
// in the context under the package's private key, and the clone leaves `settings` nil when the
// stored options had none; but the only WithValue under that key is in Context, which makes
// `settings` first when the options left it nil. Without options in the context, queryOptions
// makes the map itself. A near miss: every value stored under a private context key has its map,
// so the clone of one has it too. Our own rewrite.
package main

import (
	"context"
	"fmt"
	"maps"
	"time"
)

type Settings map[string]any

type Options struct {
	queryID  string
	settings Settings
}

type Option func(*Options)

// optionsKey is unexported: only Context below stores options under it.
var optionsKey = &Options{queryID: "key"}

func WithSettings(s Settings) Option { return func(o *Options) { o.settings = s } }

func WithQueryID(id string) Option { return func(o *Options) { o.queryID = id } }

// Context stores the options given, over those already in the parent, with a settings map even
// when no option gave one.
func Context(parent context.Context, opts ...Option) context.Context {
	var o Options
	if prev, ok := parent.Value(optionsKey).(Options); ok {
		o = prev
	}
	for _, f := range opts {
		f(&o)
	}
	if o.settings == nil {
		o.settings = make(Settings)
	}
	return context.WithValue(parent, optionsKey, o)
}

// clone copies the options so that the caller may change its settings.
func (o *Options) clone() Options {
	c := Options{queryID: o.queryID, settings: nil}
	if o.settings != nil {
		c.settings = maps.Clone(o.settings)
	}
	return c
}

func optionsOf(ctx context.Context) Options {
	var o Options
	if stored, ok := ctx.Value(optionsKey).(Options); ok {
		o = stored.clone()
	} else {
		o = Options{settings: make(Settings)}
	}
	if deadline, ok := ctx.Deadline(); ok {
		if sec := time.Until(deadline).Seconds(); sec > 1 {
			o.settings["max_execution_time"] = int(sec + 5)
		}
	}
	return o
}

type batch struct {
	ctx   context.Context
	query string
}

// send gives the settings the request carries.
func (b *batch) send(async bool) Settings {
	opts := optionsOf(b.ctx)
	if async {
		opts.settings["async_insert"] = 1
	}
	opts.settings["query"] = b.query
	return opts.settings
}

func main() {
	ctx, cancel := context.WithTimeout(Context(context.Background(), WithQueryID("q1")), time.Minute)
	defer cancel()
	fmt.Println(len((&batch{ctx: ctx, query: "INSERT INTO t"}).send(true)))
	fmt.Println(len((&batch{ctx: Context(ctx, WithSettings(nil)), query: "SELECT 1"}).send(false)))
	fmt.Println(len((&batch{ctx: context.Background(), query: "SELECT 2"}).send(true)))
}
