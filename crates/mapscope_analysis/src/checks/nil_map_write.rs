//! `nil-map-write` (MS1001): a write to a map that is nil on some path, inside one function or
//! through the calls the module's summaries describe.

use crate::checks::declare_check;
use crate::nilness::{Origin, Search, short_name};
use crate::summary::Site;
use crate::{Finding, FunctionContext, NoteAt};
use mapscope_ssa::dom::DomTree;
use mapscope_ssa::{ConstValue, Function, InstrId, InstrKind, Span, ValueDef, ValueId};
use mapscope_types::types::{ObjKind, TypeView};

declare_check! {
    /// Reports a write `m[k] = v` (also `m[k]++`, `m[k] += v`) to a map that is nil on some path,
    /// in the function or through the functions it calls.
    ///
    /// # What it does
    ///
    /// On the SSA form of each function it follows the map operand of every map update back to
    /// where its value comes from, and reports the update when, on some path the function's
    /// control flow allows, that value is nil: a map variable declared without a value or set to
    /// `nil`, a map that only some branches make, or a map field of a struct that `var t T`,
    /// `T{...}`, `&T{...}` or `new(T)` left unset and that no store on the path fills, or the
    /// zero value of a comma-ok type assertion or receive (`m, _ := v.(map[string]int)`,
    /// `m, ok := <-ch`, and a map field of the zero struct `p, ok := v.(Payload)` gives) on a
    /// path that does not rule the failure out (the same assertion of the same place again,
    /// with nothing stored there between, tested `if _, ok := x.(T); !ok { return }`, rules it
    /// out too), or a receive without `ok`
    /// (`m := <-ch`, `case m := <-ch:`) from an unbuffered channel made in the function that a
    /// `close(ch)` before it closes on every path (no value can be waiting), or from a channel
    /// made in the function that only one goroutine gets (`go collect(input, ch)`; the
    /// function does nothing else with it) whose function only sends on it and closes it and can reach
    /// the close without sending (`if len(counts) == 0 { return }` under `defer close(out)`;
    /// skipping a loop that sends does not count), or an element of a slice
    /// of maps made here (`make([]map[K]V, n)`, or a slice expression over one, which shows
    /// zero elements too: `rows = rows[:n]` after `make([]map[K]V, 0, n)`) or of an array of
    /// maps that no store in the function fills (any store into any element counts as filling
    /// them all, and a call handed such a slice may fill its elements).
    /// A value a loop carries is what its last turn left: a map a retry loop gets from a call
    /// on each turn (`for i := 0; i < 3; i++ { m = fetch(i) }`) is nil after the loop where
    /// that call may return nil, also when what the loop started with cannot reach the write
    /// (the search then tries the loop header's other edges), and an error merged at the
    /// loop's header is the error of the same turn's call (`if err != nil { return err }`
    /// after the loop rules out a nil returned only beside an error).
    /// Guards are understood through the control flow: a write reached only after
    /// `if m == nil { m = make(...) }` or inside `if m != nil { ... }` is not reported, nor one
    /// behind a read that a nil map cannot satisfy (`if m[k] > 0`, `if _, ok := m[k]; ok`,
    /// `if len(m) > 0`), nor one behind a condition that is known on the path the nil takes
    /// (`if i%n == 0 { m = make(...) }` when `i` is 0 on the first iteration of a loop), nor
    /// one inside a loop over a collection that the nil's path found empty
    /// (`if len(a)+len(b) > 0 { m = make(...) }` and the write in `for range a`; the test may
    /// sit behind another, `if b.m == nil && len(entries) > 0`, the write may be a callee's,
    /// `header.Add(k, v)`, and the collection may be read twice from one place,
    /// `len(s.input)` and `range s.input`, when nothing between the test and the loop stores
    /// into that place, writes into the collection or hands it to a call), nor one
    /// behind a lookup that finds a key in another map that the code fills with the keys it
    /// sees, when the map is made where that key is seen (`if k == "trailer" { t = make(...) }`,
    /// `h[k] = v`, and the write behind `if _, ok := h["trailer"]; ok`), nor one that runs only
    /// when a condition goes the other way from the one that leaves the map nil (`if verbose {
    /// m = make(...) }` and the write behind `if verbose`, the condition one value or the same
    /// field of a struct that is only read, or a flag read twice through the same pointer in a
    /// function that never stores it, or one the write's condition implies: `x&mask != 0` and
    /// `x&mask == mask` mean `x != 0`), also when the map is a field made under that condition
    /// (`if !shared { u.tiers = make(...) }`, `if x != 0` and the write behind `if x&1 != 0`;
    /// not a local variable whose address a decoder gets, which a `null` sets to nil after its
    /// `make`), or when the write runs only inside a loop over
    /// a callee's result that is nil unless the same boolean field (of any value of the same
    /// type: `w.async` here, `p.w.async` in the callee) goes the way that makes the map; such a
    /// flag is taken to be one setting for the whole object graph. The callee's flag may also
    /// be a boolean parameter (`costs(steps, opts.trace)` returning nil unless its `enabled`):
    /// the argument passed for it is then the caller's condition. A `(T, bool, error)` result whose zero `T` comes
    /// with `false` (a constant, or the `ok` of the failed comma-ok assertion the zero value
    /// comes from, handed back with it: `md, ok := ctx.Value(k).(T); return md, ok`) is not nil
    /// behind a test of the `bool` (`if !ok { md = make(T) }`), and gc's order of evaluation is
    /// followed in `return t, true, json.Unmarshal(b, &t)` (the call fills `t` before it is
    /// read). After one write, the next writes to the same map in the same block are not
    /// reported again: the first would have panicked.
    ///
    /// Calls are seen through summaries of every function of the main module, computed
    /// bottom-up over the call graph (interface calls resolve to the module's methods of that
    /// name and arity, and count only when all of them agree, unless the receiver shows the
    /// types it may hold: boxed in the caller, or by a constructor whose every return boxes
    /// them, `return &memStore{ttl: t}` as a `Store`, whose call runs only their methods, and
    /// a map field such a constructor leaves unset is nil there; a function looked up in a
    /// package-level map literal of functions that nothing changes (a dispatch table) runs the
    /// entry under a constant key, or any entry, and a nil map one entry returns is a nil the
    /// call may get; `go` and `defer` calls count
    /// too; a value of a map type handed on in an interface is that map, so a nil one reaches
    /// the write of a method called through the interface, as `annotate(rec.Labels)` does for
    /// a `Labels` map type whose `Annotate` writes into its receiver). So it also reports a call to a function that writes into its parameter's map (or a receiver field such as `c.items`) when the
    /// caller passes nil or a struct whose field is nil: a zero-valued `var c Cache` whose
    /// `Put` writes `c.items`, or the result of a constructor, possibly in another package, that
    /// does not set the field; a write to the result of a helper that returns a nil map on some
    /// path, including `return nil, err` when the caller does not check `err` first; and a
    /// write to a package-level map declared without a value that no code of the module ever
    /// assigns (an `init()` or a `sync.Once` function making it is enough to stay quiet, but
    /// not an `init()` that makes it only on one way of a test of the environment, `if p :=
    /// os.Getenv("X"); p != ""` or `os.LookupEnv`'s `ok`, with nothing made the other way), or to
    /// a map field of a copy of a package-level struct (a zero-valued default) whose field no
    /// code sets. When only the package's `init` functions make such a map, an earlier `init`
    /// (Go runs them in the order of their files' names, then of their place in the file; test
    /// files aside) that calls the writing function directly, or writes, on every path runs the
    /// write on the nil map.
    /// A call that makes the field (`c.init()`, a method that fills it lazily) ends the nil;
    /// one that sets it to nil (a `Reset` that drops the map) starts one, and one that sets it,
    /// with one store every return comes after, to what another place held at the call (a
    /// double buffer's swap `a.cur, a.spare = a.spare, nil`, a setter's `e.labels = l`) hands
    /// on that place's nil (not a setter handed the constant `nil`: a deliberate reset). A struct returned by
    /// value from a constructor that leaves a field unset counts as the zero value does, and so
    /// does one that a deferred call fills (`defer t.init(); return t`): `return` copies the
    /// struct before deferred calls run (a named result is read after them, and gets the map).
    /// A map field of a struct value looked up in a map field (`s.groups[ch].members[u] =
    /// true`) whose values the module stores only in loops, one per turn under the turn's key
    /// (`for _, n := range names { s.groups[n] = Group{...} }`), or on a miss, is nil for a
    /// key no loop walked: such a write is reported when its function tests no key of the
    /// field, stores into it nowhere, does not range over it, calls none of the module's code
    /// before the write and runs the write on every call.
    /// A generic function that returns a fresh zero value of a type parameter on some path
    /// (`return new(T)` for an empty free list, `var zero T; return zero, false` for a miss)
    /// gives a caller whose instantiation has map fields (`Pool[conn]`) each of them nil there;
    /// a caller testing the `false` or the non-nil error returned beside it does not see it.
    /// A constructor that returns a struct with a map field unset only behind a count of its
    /// variadic arguments (`n := len(params); ...; switch n - parsed { case 0: return e }`)
    /// leaves it nil for a call that passes none; a call that spells out its arguments is not
    /// counted, so it is not taken to get the unset field. A struct whose map field is set only
    /// to a copy of a parameter's map made where that map is not nil (`if o.m != nil { c.m =
    /// maps.Clone(o.m) }`) has it nil exactly where the parameter's is.
    /// A callee's write inside a `range` over a map the caller passes runs only when that map
    /// has entries: it is not reported for a call passing the map nil, or empty on every path
    /// to the call (made and not filled since, cleared, or drained by a loop that deletes each
    /// key it visits, `for k := range pending { delete(pending, k) }`).
    /// And it reports a write into an unexported map field that no code of the module ever
    /// makes (no literal sets it, no store fills it, its address goes nowhere), of a struct that
    /// the module creates values of and none of which reaches an empty interface or a function
    /// without source (a decoder could fill it; `fmt` and `log` printing only reads): every
    /// such write panics, whoever calls it; a function that tests the field against nil is left
    /// to its guard. A field of a type
    /// declared in a `main` package counts even when exported, since no other package can
    /// import it; a store into a local copy that nothing reads again (the value variable of a
    /// `range` loop, `for _, sh := range shards { sh.m = make(...) }`) makes no map, nor does a
    /// copy of the same field that is nil for nil (`h2.attrs = maps.Clone(h.attrs)`, or
    /// `http.Header.Clone`, in a method deriving a value from its receiver); and a
    /// write inside a loop over a map is left alone, since that loop may never run, as is one
    /// after such a loop behind a branch that may test what the loop found (`if best != ""`).
    /// One such field is one finding, at its write that comes first in the package's source
    /// (another function's write found the same way): the first write reached panics, and
    /// making the field fixes every one.
    /// A method that nothing can call makes nothing: one no code of the module names (a call,
    /// a method value, a method expression) and whose name, parameter and result counts match
    /// no method of an interface declared where its type can go, nor whose name any interface
    /// outside the module has (`Initialize()`, or `Init(cfg)` without the `error` result that
    /// the optional interface checked with `p.(Initializer)` has); an exported one counts only
    /// in a `main` package that imports, itself or through the module's packages, nothing that
    /// calls methods by name (`reflect`, the template packages, `net/rpc`, `plugin`) and no
    /// package from outside the module and the standard library. Nor does a function of a
    /// command with a `main` that its code never names (a constructor every factory bypasses
    /// with a bare `&memorySink{}`), unless the runtime or `go test` runs it by its name.
    /// A callee's write into a map field of a struct-valued field (an embedded base, `&h.base`
    /// passed to `count`) is reported whoever passes the outer value, when every value the
    /// module stores into that field leaves the map unset (`base: base{name: "users"}`, which
    /// skips `newBase`) and the map, unexported, is set only where a base value is created:
    /// a handler reached only through an `http.Handler` then writes into nil on every call.
    /// A functional option (`WithHeader(k, v)`, whose literal writes `c.headers[k] = v` on
    /// every call) that a constructor applies in a loop over its slice of options (`for _, o :=
    /// range opts { o(c) }`) is reported when the map is nil on entry to that loop and a call
    /// of the constructor lists the option with no option before it that stores into the map
    /// or hands its argument on (`WithLabels(m)` first makes `WithLabel` safe).
    /// A closure that writes a map variable it captures on every call, handed to a module
    /// function that calls that parameter first thing (`setupBuiltins(register)`), is
    /// reported when the variable is nil at that call, even if the function making the
    /// closure makes the map later (`commands = make(...)` moved below the call).
    /// Deferred calls run last-in first-out: a deferred call that writes a map field of a
    /// pointer on every call (`defer func() { r.annotate("outcome", o) }()`) is reported when a
    /// call deferred after it on every path sets that field to nil (`defer r.publish()`, which
    /// hands the map off), with no other `defer` between them that could make it again.
    /// A deferred literal that recovers from a panic and stores a fallback into a named result
    /// (`rec = Record{Raw: line, Failed: true}`) makes the function return it after a panic: a
    /// map field the fallback leaves out is nil for a caller that writes it without testing an
    /// error the literal sets beside it.
    /// A `sync.Once` whose function panicked counts as done: a map field that only that
    /// function makes, after a `panic` it can reach first, stays nil for good when a caller of
    /// the same Once recovers, and a writer that calls `Do` and then writes it is reported.
    /// An inner map looked up in a map of maps kept in a field, under a constant (or a
    /// parameter every caller passes constants for) that the module stores no inner map under,
    /// is nil, and so is a copy of it (`maps.Clone(r.tenantDefaults[tenant])`) or the map a
    /// helper handed it writes. An element of a package-level table looked up under a
    /// parameter counts as looked up under each constant a call of the module passes for it,
    /// and a pointer result whose map field is a nil-for-nil copy of a parameter's
    /// (`c.Headers = maps.Clone(t.Headers); return &c`) carries that map's nil to the caller.
    /// Each finding is placed at the write, where Go panics, even when that is in a callee in
    /// another package, and explains the path as related notes: where the nil comes from and
    /// the call that passes it on.
    ///
    /// Standard-library functions the module has no source for are seen through hand-written
    /// models of what they do to map arguments (`maps.Copy` and `maps.Insert` write into their
    /// first argument; `Set` and `Add` of `http.Header`, `textproto.MIMEHeader` and `url.Values`
    /// into their receiver); a finding through one is placed at the call, also when the call
    /// is in a callee and the nil comes from its caller. The request net/http hands a handler
    /// has a nil `Form` and `PostForm` until something parses the form: a write into one
    /// (`r.Form.Set(k, v)`, `r.PostForm[k] = vs`) in a function the module only gives to
    /// net/http (a function literal made into an `http.HandlerFunc` or handed to `HandleFunc`,
    /// or an unexported function used so), with no call on the way that gets the request and
    /// could parse it (`ParseForm`, `FormValue`, a helper), is reported, unless a function of
    /// the same package parses a request's form and hands that request on (a middleware
    /// parsing for the handlers it wraps). The methods of `*http.Request` that
    /// only read the request (`Context`, `Clone`, `WithContext`, `UserAgent`, `Referer`,
    /// `Cookies`, `Cookie`, `BasicAuth`, `ProtoAtLeast`) neither fill nor hand on its maps. A
    /// map stored into a field is followed to where it comes from, a parameter included: `out.
    /// Header = in.Header.Clone()` is nil for a caller passing a request without a `Header`,
    /// unless the store runs only behind a guard that the values the nil came through fail
    /// (`if h != nil { r.Header = h.Clone() }` stores nothing for a nil `h`).
    /// `json.Unmarshal(data, &v)` of constant data (a string literal or constant, possibly
    /// converted to `[]byte`) is read as encoding/json decodes it: a map field of `v` (through
    /// nested struct values and embedded structs, keys matched by tag name, then field name,
    /// then ignoring case) keeps what it held when the JSON has no key for it, and is set to nil
    /// when the JSON has `null` for it; any other value makes it. A function that decodes its
    /// string parameter so and returns the struct leaves the decision to its callers: a caller
    /// passing constant JSON with `null` there (or nothing, when the map was nil before the
    /// decode) gets a nil map field.
    /// Decoding a constant JSON array into a slice variable that nothing else fills gives each
    /// element the map its object has: a loop that walks every element (`for i := range s`)
    /// and writes `s[i].f[k]` with no branch between reaches the nil map of an element whose
    /// object has no value (or `null`) for `f`, provided nothing stores into the elements or
    /// hands them on (a return after the loop aside). The write may be a callee's that every
    /// call runs, handed the element's address in such a loop (`s[i].Resolve()`,
    /// `prepare(&s[i])`) when no other call gets an element's address; a field encoding/json
    /// never sets (unexported, or tagged `json:"-"`) is nil in every element.
    /// A slice the function builds only by appending values (`rules = append(rules, rule)` in
    /// a loop; nothing else touches it but `len`, element reads and a `return`) and then
    /// walks whole the same way holds the values appended: a map field nil in one of them
    /// where it is appended (a literal without it, a decoded value) is nil at its element's
    /// write.
    /// A `json.Decoder` made over an in-memory reader of one value (`json.NewDecoder(
    /// strings.NewReader(raw))`, `bytes.NewReader`, `bytes.NewBuffer`, `bytes.NewBufferString`)
    /// and decoding once reads that value as `json.Unmarshal` does, a constant or a parameter
    /// its callers pass constants for.
    /// Data that is not a constant (read from a request, a file, a parameter), and what
    /// another `json.Decoder`'s `Decode` reads, may lack any key: a map field that a zero value held
    /// before such a decode stays nil, for a write after it and for each element of a decoded
    /// slice walked as above, unless the module itself encodes that field's type to JSON
    /// (`json.Marshal`, `MarshalIndent`, an `Encoder`'s `Encode`) without `omitempty`: data it
    /// wrote back carries a made map's key, and an empty map tagged `omitempty` is left out
    /// (an `omitempty` field counts as carried too when every map the module stores into it
    /// is made with entries, as a literal `{"source": "producer"}`, and no code deletes from
    /// or clears one).
    /// encoding/json makes the struct a nil pointer field points to (an embedded `*Metadata`)
    /// when the data has a value for it, and fills only the fields the data names: after such
    /// a decode of a local value (`m := &Manifest{}`), a map field of that fresh struct
    /// (`m.Labels`) is nil when the data lacks its key, unless the function sets the pointer
    /// or the map first.
    /// A `json.RawMessage` may hold the literal `null` (its key's value was null), which a test
    /// against nil does not see: decoding one into a map sets the map to nil. A message looked
    /// up under a constant key in a map decoded once from constant JSON is that member (not
    /// `null` when the member is an object), and one taken from JSON the function marshalled
    /// itself with `json.Marshal` is not taken to be `null`.
    /// encoding/gob sends no map field that is empty or nil, and its `Decoder`'s `Decode`
    /// leaves a field it gets nothing for as it was: a map field (exported, as every field on
    /// the way to it, none of whose types decodes itself with `GobDecode`, `UnmarshalBinary` or
    /// `UnmarshalText`) nil in the value decoded into stays nil, unless the module gob-encodes
    /// a value with a map field of that name (gob matches fields by name), which may carry it.
    /// A map type whose `UnmarshalJSON` (or `UnmarshalText`) has a value receiver gets it called
    /// by encoding/json on the nil map it finds in a zero value decoded into (`var p Policy;
    /// json.Unmarshal(data, &p)` with a field of that type, or of an element, a pointee or the
    /// value itself): the method's first write into its receiver is reported, unless it
    /// compares the receiver with nil; decoding only into values whose map is made is not.
    /// A getter (a function that returns a map read from its parameter, `return o.m`, and
    /// neither calls nor stores anything) hands its caller the map of the caller's argument,
    /// nil where that is. A pointer read from an element of a slice literal of struct
    /// literals (`[]*T{{m: ...}, {name: "x"}}`), in a loop that walks every element and hands
    /// the pointer first to one call (what the turn does with it after that call runs after
    /// the panic: `apply(s); fmt.Println(describe(s))`), points to each literal in turn; one
    /// that leaves the map field unset is nil at a write the call makes on every call, or at
    /// a write of the field itself in the loop's body on every turn (`h.tags[k] = v`, the
    /// pointer's first use). The same holds for a slice
    /// literal of pointers that calls returned and nothing else keeps (`for _, c := range
    /// []*Client{private, public}`, each from a constructor), when the loop hands the pointer
    /// only to that call and otherwise reads its fields: a constructor that leaves the field
    /// unset gives it nil there. Likewise a struct value
    /// copied from an element of a slice literal of struct literals (`for _, tc := range
    /// cases`, `cases := []testCase{{headers: ...}, {name: "health"}}`) when nothing else reads
    /// or writes the elements and the loop runs the write on every turn, with no branch before
    /// it in the loop's body: the element whose literal leaves the map unset reaches it nil.
    /// An unexported map field that only the allocation creating a value sets (a composite
    /// literal, or `t.m = make(...)` on the fresh `t := &T{}`), that no code stores into a value
    /// it did not just create (no `p.m = ...` through another pointer, no `*p = T{...}`) and
    /// that no code without source can reach, stays nil in a value created without it, even
    /// after the pointer is stored or handed on: a get-or-create helper whose miss path makes
    /// `&T{id: id}` and stores it returns a pointer whose map field is nil on that path. A
    /// pointer is followed through φs, through an interface it was put in (`x.(*T)` of
    /// `any(p)`) and through `sync.Map.LoadOrStore`, which hands back the value it was given
    /// when the key is new: a bare `&T{}` placeholder leaves such a field nil. The target of
    /// `errors.As(err, &target)` may be any value of its type that the module converts to
    /// `error` or wraps with `fmt.Errorf`: one made without such a field is nil there.
    /// A method or function that returns a struct by value carrying a parameter's map field
    /// through (a by-value builder, `func (r Req) WithPath(p string) Req { r.Path = p; return r
    /// }`) hands its caller the map its argument held, so a chain of such calls from a literal
    /// or a package-level default without the map reaches a later write with it nil. What gets
    /// the struct's address only after the write (printing it) cannot have made its map before.
    /// A chaining method that returns the pointer it was given (`func (c *Client)
    /// WithTimeout(d time.Duration) *Client { c.timeout = d; return c }`) hands back the
    /// caller's place, so `(&Client{}).WithTimeout(d).WithHeader(k, v)` is followed to the
    /// literal; a pointer still used under its old name after the call is not followed.
    /// A method value of a method with a value receiver (`commands["count"] = c.count`,
    /// `bus.Subscribe(a.onLogin)`) binds a copy of the receiver as it is at that point: when
    /// the method writes a map field of its receiver on every path and that field is nil in
    /// the copy, the write is reported, even if the code makes the map after binding (a
    /// pointer receiver shares the struct, so a later make reaches it and nothing is reported).
    /// A method value of a pointer-receiver method (`mux.HandleFunc("/v1/", a.track)`) is
    /// reported the same way when the field is one that only the creation of a value sets
    /// and no code of the binding function, or of a caller after the call that binds it,
    /// stores into that field of the receiver: nothing can make the map before the method
    /// value runs. A method value whose method stores nothing into its receiver and lets it
    /// escape nowhere (`a.health`) does not count as handing the receiver to unseen code.
    /// A nil stored together with a sibling field that the function tests in a branch
    /// (`c.named = nil; c.all = true` and later `if c.all { continue }`) is taken to be tied to
    /// that flag and is not reported.
    /// A struct a function returns on its failure path (`if err != nil { return s, err }`) does
    /// not count as the struct its callers use.
    /// A copy of a nil map is nil: a helper whose map result is nil only when its map
    /// parameter is (`if m == nil { return nil }`), and `maps.Clone` and `http.Header.Clone`
    /// by their documentation, hand a caller that passes nil a nil map. Of the standard
    /// library's map results beside an `error`, `mime.ParseMediaType`'s parameters are nil
    /// whenever its error is not (a malformed parameter too, which still gives the media type),
    /// so a write that the path reaches without ruling the error out is reported. Calling a package-level
    /// variable (or a struct field, `r.hosts()`) set only to `sync.OnceValue(f)` (or `OnceValues`)
    /// runs `f`. A reset that copies
    /// a fresh struct over its receiver (`*c = T{limit: c.limit}`) leaves the receiver's other
    /// map fields nil; and when only the creation of a value ever makes a map field (unexported,
    /// reachable by no code without source) and a reset literal stored over an existing value
    /// makes some of the struct's other map fields but not this one (`r.stats = stats{done:
    /// map[string]int{}}`), or a release sets it to nil and hands the value on for reuse
    /// (`s.attrs = nil` before appending `s` to a free list, storing it, sending it or putting
    /// it back into a `sync.Pool`), every write of the field in a function that does not test
    /// it against nil (and not in a loop over a collection) is reported: the value lives on
    /// without the map. A function called in a loop with the same pointer on every turn (a
    /// line-driven parser's `p.Line(sc.Text())`) that drops a map behind it on one path (`case
    /// "END": p.cur = Event{}`, a nil store, or a call of a `clear()` that sets it to nil) and
    /// writes it on another that tests nothing behind the pointer (`default: p.cur.Props[k] =
    /// v`) is reported: the next call may take the write's path. So is a write through an element of an unexported slice field of maps
    /// that only the creation of a value fills, after a `clear` of that slice (`clear(l.shards)`
    /// sets every element to nil; it does not empty the maps), where the module calls the
    /// clearing function and then the writing one and the writer does not test the element
    /// against nil. A value that only a `sync.Pool` keeps (put back with `Put`, or made by
    /// the pool's `New` literal) is not filled by the pool, so a map field that no code of the
    /// module makes is nil in it. A `flag.Value` registered with `flag.Var` or a `FlagSet`'s
    /// `Var` counts as a call of its `Set`, which the flag package runs for each occurrence of
    /// the flag: a nil map of a map type with such a method (`var labels labelFlag;
    /// fs.Var(labels, ...)`) is reported when `Set` writes into it whenever it accepts the value
    /// (an early `return fmt.Errorf(...)` aside); a map reached through a pointer the value
    /// holds counts as a bound method value's write does, and so does the address of a
    /// map-typed field (`fs.Var(&cfg.tags, ...)`, its type's `Set` run through the pointer)
    /// unless the struct's address goes to a call, which may make the field first.
    /// A nil result that comes with a non-nil `error` counts only where the path from the
    /// assignment still reaches the write once the error is non-nil (`if s.m, err = f(); err
    /// != nil { s.m = make(...) }` makes it). A named result that a deferred closure makes on
    /// every path when it is nil is not a nil result. A type with its own `UnmarshalJSON` or
    /// `UnmarshalText` is not filled by encoding/json's rules, so a map inside it is taken as
    /// made; except a type whose `UnmarshalJSON` decodes its data into a fresh value of an
    /// alias type and stores it over the receiver (`var d plain; json.Unmarshal(data, &d); *c =
    /// Config(d)`) before every return that may succeed: a decode into it replaces a map made
    /// before with nil where the data (a constant, or a caller's document) has no value for it. Interface calls run only methods of types that can implement the interface there:
    /// an unexported method name only of its own package's types, and never a type declared in
    /// another `main` package. Only the first of several writes to one map value on a path is
    /// reported (a call reported for writing into the map it is passed counts as such a write),
    /// and a write every way to which, for a nil map, passes another write into the
    /// same map is not: the tests of the map itself on the way go the nil map's way (`if
    /// m["type"] == nil { m["type"] = "object" }` runs the earlier write, which panics first). A pointer that escapes (returned by a callee, stored) counts as letting unseen
    /// code fill the place only where that can happen before the write: a callee that writes
    /// the map and then returns the pointer it was given has not filled it. A callee's write
    /// in a loop over a map literal with entries, made before the call, runs.
    /// An element of a package-level table set only by its declaration's literal (or of a
    /// local literal only read), met by a range, a lookup under a constant key or a loop over
    /// every index, has a map field that only creation sets nil where its literal leaves it
    /// out. A helper returning the address of its argument's map field (`return &c.v6`) makes
    /// a write through the result one into that field, for the returns the call's constant
    /// arguments reach. A lookup in a local map literal of pointers that is only read through
    /// gives any of the addresses the literal holds. A value asserted from a `sync.Pool`'s
    /// `Get` whose `New` builds it without a map field has it nil when the pool is empty,
    /// unless the function tests it or hands the value to a call before the write.
    /// A helper that hands its parameter to its function-valued parameter (`func Fold[T, A
    /// any](xs []T, acc A, step func(A, T) A) A` calling `step(acc, x)`) writes that parameter
    /// where the package-level function a call passes as `step` writes its argument on every
    /// call: `Fold(lines, hits, countPaths)` with `hits` nil is reported at `countPaths`'s
    /// write, unless the loop around the helper's call gets an empty collection.
    ///
    /// A callee's write counts at a call only when every call of the callee reaches it (an
    /// early return on a failure aside: `if err := validate(c); err != nil { return err }` or a
    /// limit, `if p.inUse[a] >= p.max { return false }`, when the write is in no loop and the
    /// early return shares no block with what follows the write; a loop over an argument aside, unless the caller may pass that argument's map nil: then the
    /// loop may never run; nor does a `range` over a slice argument, or a loop counting to its
    /// length, that the caller passes nil, `[]T{}` or `make([]T, 0)`), or every call that passes the map nil does: the branches on the
    /// way test only what reading the nil map gives (`if _, ok := m[k]; !ok`, `if m[k] == ""`,
    /// `if len(m) == 0`) or only a key found in a lookup does (`if v, ok := c.cache[k]; ok {
    /// return v }`: the write runs on the miss, which any new key takes), not when the callee
    /// tests the struct's other map fields against nil, and a helper's nil result not when the
    /// caller tests the `error` or `ok` that comes with it; paths end at calls that never
    /// return (`os.Exit`, `log.Fatal`, `t.Fatal`).
    /// A constructor that makes a map field only under a test of its parameter (`if cfg.Audit
    /// { a.byUser = make(...) }`, `if cfg.TTL > 0`) leaves it nil for callers, except for a
    /// caller whose argument, spelled out as a constant or a composite literal built just
    /// before the call, passes the test. A constructor that hands its fresh struct to code it
    /// cannot see only inside a loop over a collection parameter (functional options, `for _,
    /// o := range opts { o(c) }`) leaves the fields that code might make as its allocation did
    /// for a caller passing that parameter empty (no options at all, nil, `[]T{}`).
    /// A test of the length of a variadic parameter, or of a field that holds a copy of one
    /// (`h.bounds = append([]float64(nil), bounds...); if len(h.bounds) > 0 { h.counts =
    /// make(...) }`), counts the arguments a call spells out (none: the field stays nil), and
    /// a wrapper passing its own variadic parameter on is judged by its callers' arguments;
    /// a caller that tests the same field of the same argument itself (`if s.opts.NoCaching`,
    /// through pointer fields too) follows the same switch, and is not taken to get the field
    /// nil. A field only the creating function can set stays nil wherever the value is kept
    /// (a registry's map), so keeping it there does not hide the nil from the callers.
    /// A failed comma-ok assertion's `ok` handed to a helper whose outcome shows it held
    /// (`invariant(ok, msg)` returning nil only then, testify's `require.True(t, ok)`
    /// returning at all only then) rules out the paths behind that outcome. So does a test
    /// assertion that marks the test failed where the nil comes with a non-nil error or a
    /// false `ok` (testify's `assert.NoError(t, err)` and `assert.True(t, ok)`, gocheck's
    /// `c.Assert(err, IsNil)` and `c.Check(err, IsNil)`): there the write panics only in a test
    /// that has already failed, which is a failing test, not a bug to report. A call that
    /// writes through the same nil map as an earlier reported call on every path to it is
    /// not reported again (the first one panics).
    ///
    /// What it does not see, by design: a parameter of a function that nothing in the module
    /// calls with nil is assumed non-nil (an exported `func (s *Store) Add` alone is never
    /// reported), as is the result of a function without source in the module (the standard
    /// library, dependencies) and memory that code it cannot follow may reach (a pointer stored
    /// elsewhere, captured by a closure, converted to an interface or given to such a function).
    /// A decode of data that is not a constant into a map itself (`&m`), of a field type the
    /// module also encodes to JSON, through pointer fields, or into slices other than as
    /// above, and a decode by `encoding/gob` or another decoder, are taken to make every map
    /// they may reach; JSON `null` is seen only in constant data: a constant, an element of a
    /// package-level table of documents, or a call's constant document for a decoded string
    /// parameter (a write after `json.Unmarshal(raw, &cfg)` of a parameter `raw` is reported
    /// with a call the module shows passing a document with `null` for the map). A value of
    /// another kind for the map (a list) leaves it as it was with an error, which counts only
    /// where nothing tests that error.
    /// A loop over a slice parameter for which every call the module shows passes a non-empty
    /// literal, or up to an integer parameter every call passes a constant for, is taken to
    /// make the trips these give; the fall-through of a switch without a default on a
    /// parameter is a nil only for a call the module shows passing another constant; and a
    /// write behind a test of a boolean field of the same pointer that every path from the
    /// allocation that leaves the map nil sets (`cur.retired = true; continue`) is left alone.
    /// A receive from a buffered channel, or from one closed by another goroutine or a callee,
    /// is taken to get a value: how many the buffer holds is not followed. A struct received by
    /// value from a channel kept in a struct field may be any value a function of the same
    /// package sends on that field's channel: one send of a literal without the map (a retry
    /// path requeuing `job{ID: j.ID}`) makes the map nil for the receiver, and a map received
    /// itself (a free list, `case m := <-e.free:`) is nil where a send, plain or a `select`
    /// case, sends a map nil on a path to it (`m = nil` before putting an oversized one back).
    /// So may a struct
    /// received from a channel made in the function or passed as a parameter for which every
    /// call in the package passes a channel its caller made (or the result of a function that
    /// makes and returns it, a fan-out's `out`), or captured by the function
    /// literals that send on it (`go func() { results <- scan(i) }()`): any send of the
    /// package on a channel from the same `make` counts, when the receiver does not branch on
    /// what it received (a flag or an error field may tell the values without the map apart,
    /// so `if b.flush { continue }` leaves the write alone). A branch that only skips a few
    /// blocks that store nothing and call none of the module's code, and then rejoins (`if
    /// r.err != nil { fmt.Println(r.err) }`), tells no values apart and does not count.
    /// A pointer asserted to its dynamic type out of an interface received from such a
    /// channel (a type switch's `case *Reset:` on `ev := <-events`, or `t := v.(*Task)`) may
    /// point to any struct a send of the package boxes in an interface with a pointer of that
    /// type, when the receiver only reads through the pointer (it stores nothing into the
    /// struct and hands the pointer to nothing) and does not branch on what it read: a send of
    /// `&Reset{User: u}` without the `Meta` its sibling's constructor makes makes `e.Meta` nil.
    /// A pointer read from a struct field (`h.registry.seal()` then `h.registry.add(...)`) is
    /// followed to what it points to while nothing stores into that field between the two
    /// reads (a store of another pointer hands the search to it), one pointer deep in a
    /// function's summary of its parameters, and only as a receiver or the base of a field: a
    /// pointer passed on as a plain argument makes the place escape. Elements of a slice that
    /// a callee decoded from JSON and returns are not followed into its callers.
    /// Pointers read back from memory are otherwise not followed to what was stored there: an
    /// element of a map literal (`commands[name].Merge(o)`: whether the callee's loop over the
    /// other literal's entry runs would need the values a map `range` yields), a slice element
    /// read more than
    /// once, a pointer to a field that a method returns (`*c.table(v6)`), or a struct copied
    /// and handed to a callback through a function value.
    /// A map variable that function literals capture (`var seen map[string]bool` and a
    /// recursive `visit` closure writing it) is nil at every write when neither its creator nor
    /// any closure binding it stores anything but nil into it and it goes nowhere else.
    /// A closure that captures a map variable, which only the function making it stores into
    /// (and only before it makes the closure), while every closure binding it only reads it,
    /// and that only looks the map up and writes it on every call (no test of it), writes the
    /// map the variable holds when the closure is made: a nil there on a feasible path (`var
    /// attempts map[K]V; if capacity > 0 { attempts = make(...) }; return func(u K) {
    /// attempts[u]++ }`) is reported at the closure's write, and a parameter's map read there
    /// makes the function's summary hold the write, so a caller that calls it while that map
    /// is nil (`counts := p.levels` in a stage builder called before the constructor makes
    /// `p.levels`) is reported. A closure that stores into the variable (a `flush` that sets
    /// it to nil) is not followed.
    /// A function literal deferred where it is made, of the same shape (it only looks the
    /// captured map up and writes it on every call, every closure binding the variable only
    /// reads it, and the function hands the variable to nothing), runs when the function
    /// returns, so it writes what the variable holds at each return after the `defer`,
    /// whatever the function stored into it after making the literal: `return nil, err` over
    /// a named result `vars` with `defer func() { vars["_SOURCE"] = name }()` is reported at
    /// the literal's write.
    /// Nor are closures' captured variables otherwise followed; one case is: a closure (a
    /// goroutine) writing `parts[i].m[k]` through a captured variable into which its creator
    /// stores only `make([]T, n)`, when `m` is a field only the creating allocation sets and no
    /// element is replaced whole, reaches a nil map.
    /// A helper that returns nil only where a collection parameter is empty (`if len(values) ==
    /// 0 { return nil }`, a defensive copy) is nil only for a caller whose argument is seen to
    /// be nil or empty (the nil constant, `""`, a map or slice literal made empty and only
    /// read, a field no store fills): any other argument, even one the analysis cannot see,
    /// is taken to have entries.
    /// A helper that returns nil only in the default of a switch on its parameter (or after a
    /// chain of `==` tests of it) is nil only for a caller passing a constant no case matches:
    /// a value the caller computes (parsed, read from a field) is taken to be one of the cases,
    /// so `s.table(a.kind)[k] = v` is not reported even when the data holds an unknown kind.
    /// A nil return that another branch decides after such tests (an early `if spec == "" {
    /// return m, nil }`, then a loop that returns `nil, err` on a malformed entry) is no default
    /// of them: it is nil for any caller.
    /// A helper that returns the zero value of a failed comma-ok assertion of its context
    /// parameter's value (`m, _ := ctx.Value(headerKey{}).(map[K]V)`, the key a constant: a
    /// struct literal, a typed constant) is nil only for a caller whose context, followed back
    /// through `context.WithValue`, derived contexts (`WithCancel`, `WithTimeout`, ...) and the
    /// module's functions that return a context, is `context.Background()` or `TODO()` with no
    /// non-nil value of the asserted type stored under that key; a context it cannot follow (a
    /// parameter, a field) is taken to hold one. What such a helper returns behind the failure
    /// of that assertion (`m, ok := ctx.Value(k).(T); if !ok { return T{}, false }`: a zero
    /// struct whose map fields are nil, or a nil map) is decided the same way. A function passing its own context parameter
    /// on to such a helper (`requestBaggage(ctx)` returning `baggage(ctx)`) leaves the nil to
    /// its callers the same way. Such an assertion written in the writing
    /// function itself (`fields, _ := ctx.Value(k).(map[K]V); fields[k] = v`) is reported when a
    /// call the module makes (directly, or through callers passing their own context on, three
    /// levels up) passes a context so known to lack the key, with a note at that call; a
    /// function only code outside the module calls (an exported one of a library) is not.
    /// A lookup of a key that may be absent gives a zero struct, whose map fields are nil; the
    /// keys a map holds are mostly not followed across calls, so `s := m[k]; s.byID[id] = v` is
    /// taken to find the key, unless the function itself shows that it may not: a comma-ok lookup
    /// (`s, ok := m[k]`) on a path that does not rule `!ok` out, or the upsert idiom, where the
    /// function stores its copy back under the same key (`s := m[k]; s.n++; s.byID[id] = v;
    /// m[k] = s`) with no other store into that map before the lookup, no comma-ok test of the
    /// key, no `range` over the map giving it, neither the map nor the struct holding it
    /// handed to a call or closure before the lookup, and, for a map in a struct field, no
    /// other function writing elements into that field (a constructor registering every
    /// element with its maps made means the keys asked for are the registered ones, unless the
    /// function stamps the key into its copy, `g.Name = name`, written for an element not
    /// there yet); the copy
    /// may also be written through a method it is handed to (`s.record(code)`). A getter
    /// and a setter that do the lookup
    /// and the store back for it (`l := c.get(k); ...; c.put(l)`) are not followed.
    /// Keys are followed across calls for a map of structs in a field whose every element the
    /// module stores under a constant (a literal with entries, `register("billing")` called
    /// with constants only, a constructor ranging over its caller's slice literal), with no
    /// other code reaching the map: a plain lookup asked for another constant (in the
    /// function, or by a call passing it for a parameter on every call of which the write runs
    /// and that no branch tests) is reported for that constant, and a stamped upsert whose
    /// callers ask only for stored constants is not.
    /// An inner map looked up under a key drawn from another collection than the keys its
    /// outer map got inner maps for (see `nested-map-write`) and handed to a function that
    /// writes into it (`link(in[c.To], c.From)`) is nil for a key only that collection holds.
    /// A type's own `UnmarshalJSON` is not followed beyond the fresh-value shape above: the
    /// data a caller decodes is not traced through it, so a map it leaves nil is not seen. A closure's store of nil into a captured
    /// map (a `flush` that drops it) is related to another closure's later write only when
    /// their creator hands both out (returns or stores them) and the writing closure neither
    /// stores into the variable nor calls the module's code; and
    /// a callee's write that only some of its calls reach (after an early return on a flag,
    /// a nil test or an equality of the receiver's state, which often stands for "the map was
    /// made": `if !p.open { return }`) is not reported at the calls.
    /// A write inside a loop that runs only when its map exists is not reported (one after
    /// such a loop, which a nil map leaves at once, is: `for k, v := range p.m { ... }` then
    /// `p.m[k] = v` in a callee): a `range` over the same map, or a loop over a list whose
    /// emptiness is the only reason the map field was not made
    /// (`if len(list) > 0 { s.m = make(...) }`); nor one that runs only where the map deeply
    /// equals a value tested non-nil (`reflect.DeepEqual`, testify's `Equal`, or a module
    /// function returning true only where one of them does).
    /// An error returned beside a nil map, or beside a struct whose map field is nil, rules the
    /// nil out for a caller that returns on that error first, also when the error variable
    /// lives in a cell because a closure captures it; a struct key kept in a local whose
    /// address goes nowhere is the same key before and after calls.
    /// A guard through a predicate method that returns the nil test of the map itself
    /// (`if c.empty() { c.reset() }`), or through a boolean field that the module sets only
    /// beside a `make` of the map and clears beside every store that may leave it nil (an
    /// `initialized` flag), rules the nil out.
    /// A nil test of a map field that every allocation of its struct in the module sets to a
    /// map it makes (in the allocation's block, before anything reads it) and that no code
    /// sets to anything else, nor reaches from outside, never finds nil: a defensive copy's
    /// `if c.headers == nil { return nil }` is not taken as a nil result. A field that any
    /// code may set to a value it was given (a public `SetHeaders`) keeps that branch, and so
    /// does a field of a struct also created as a zero value (an element of a made slice, a
    /// package-level variable, a copy stored whole).
    /// A map field that only the allocation creating a value sets is nil in an element that
    /// the module appends to a slice field as a literal without it (or as a zero value), and a
    /// loop over every element of that same slice field (the `range` shape) reaches that
    /// element; elements appended otherwise (a constructor's result, a value built elsewhere)
    /// are taken to have the map. A get-or-add helper that returns `&s.f[len(s.f)-1]` right
    /// after appending such an element (no call or other store in between) hands its caller
    /// that element's nil map. Likewise an element that the module stores into a map field
    /// built without such a map (`c.stats[p] = partitionStats{offset: -1}`) leaves it nil for
    /// a write through any lookup of that map field (`c.stats[p].byType[t]++`). A literal that
    /// sets the map to a value it is given (`record{fields: fields}` from a parameter) does not
    /// leave it out.
    /// Precision comes before recall: every finding is a path the code shows.
    ///
    /// # Why is this bad
    ///
    /// Reading, ranging over, deleting from or clearing a nil map is fine, but writing to one
    /// panics at run time with `assignment to entry in nil map`.
    /// The panic comes only on the path where the map is nil, which tests often miss.
    ///
    /// # Example
    ///
    /// ```go
    /// type Registry struct{ byName map[string]int }
    ///
    /// func NewRegistry() *Registry { return &Registry{} }
    ///
    /// func main() {
    ///     r := &Registry{}
    ///     r.byName["a"] = 1 // panics: byName was never made
    /// }
    /// ```
    ///
    /// Use instead:
    ///
    /// ```go
    /// r := &Registry{byName: make(map[string]int)}
    /// r.byName["a"] = 1
    /// ```
    ///
    /// # Fix safety
    ///
    /// There is no automatic fix yet.
    /// The usual fix, making the map where the value is created or before the first write, is
    /// safe when nothing tells a nil map apart from an empty one (`m == nil`, reflection,
    /// encoding to JSON, where nil becomes `null` and an empty map `{}`).
    pub struct NilMapWrite;
}

pub fn run(cx: &FunctionContext<'_>) -> Vec<Finding> {
    let f = cx.function;
    let mut findings = Vec::new();
    let mut dominators = None;
    // The loops over collection parameters, found only for a write no other search reports.
    let mut looped = None;
    // The value numbering, computed only for a function with a write about to be reported.
    let mut numbering = None;
    // Whether the function decodes a string parameter, asked only for a write no other search
    // reports.
    let mut decodes_param = None;
    // The module's calls by callee, built only for a write whose nil its callers decide.
    // Calls reported so far: (call, the map as shown, where its nil comes from).
    let mut reported_calls: Vec<(InstrId, String, Option<Note>)> = Vec::new();
    // The calls reported for writing into the very map they are passed, on every way through
    // them: a write into that map after such a call is never reached with it nil.
    let mut panicking_calls: Vec<(InstrId, ValueId)> = Vec::new();
    findings.extend(nil_receiver_unmarshal(cx));
    findings.extend(deferred_nil_writes(cx));
    findings.extend(lifo_reset_writes(cx));
    findings.extend(early_option_writes(cx));
    findings.extend(closures_called_while_nil(cx));
    findings.extend(callback_nil_writes(cx));
    for block in f.block_ids() {
        for &instr in f[block].instrs() {
            match &f[instr].kind {
                InstrKind::MapUpdate { map, .. } => {
                    // A write after another write to the same map value cannot see it nil: the
                    // first one would have panicked. Only the first is reported.
                    let dominators = dominators.get_or_insert_with(|| DomTree::new(f));
                    let stripped = crate::nilness::strip_conversions(f, *map);
                    if written_before(f, dominators, instr, *map)
                        || panicking_calls.iter().any(|&(call, passed)| {
                            passed == stripped
                                && crate::key_values::precedes(f, dominators, call, instr)
                        })
                    {
                        continue;
                    }
                    let mut search = Search::new(f, cx.analysis, false);
                    search.missing_keys = true;
                    search.inside_loops(dominators, block);
                    let Some(origins) = search.nil_value(*map, 0) else {
                        // A package-level map made by an `init` that runs after the one
                        // that reaches this write.
                        if let Some(early) = crate::init_order::early_init_write(
                            cx.analysis.module,
                            cx.analysis.globals,
                            f,
                            instr,
                            *map,
                        ) {
                            findings.push(init_order_finding(cx, instr, &early));
                        } else if let Some(reset) =
                            crate::reset_drops::dropped_field_write(cx, instr, *map)
                        {
                            findings.push(reset_finding(cx, instr, reset));
                        } else if let Some(repeated) =
                            crate::repeated_resets::dropped_by_earlier_call(cx, instr, *map)
                        {
                            findings.push(repeated_reset_finding(cx, instr, &repeated));
                        } else if let Some(reset) = crate::once_resets::once_dropped_write(cx, *map)
                        {
                            findings.push(once_reset_finding(cx, instr, reset));
                        } else if let Some(clear) =
                            crate::cleared_slots::cleared_element_write(cx, *map)
                        {
                            findings.push(cleared_slot_finding(cx, instr, clear));
                        } else if let Some(panicked) =
                            crate::once_panics::panicked_once_write(cx, dominators, instr, *map)
                        {
                            findings.push(panicked_once_finding(cx, instr, panicked));
                        } else if let Some(lookup) =
                            crate::seeded_inner::seeded_struct_write(cx, instr)
                        {
                            findings.push(seeded_struct_finding(cx, instr, lookup));
                        } else if let Some(decoded) = decodes_param
                            .get_or_insert_with(|| crate::decoded_arguments::decodes_param(f))
                            .then(|| {
                                crate::decoded_arguments::nil_for_caller(
                                    cx, dominators, block, instr, *map,
                                )
                            })
                            .flatten()
                        {
                            findings.push(decoded_call_finding(cx, instr, &decoded));
                        } else if let Some(empty) = crate::empty_options::write_when_empty(
                            cx,
                            dominators,
                            looped.get_or_insert_with(|| {
                                crate::empty_loops::looped_params(f, dominators)
                            }),
                            block,
                            instr,
                            *map,
                        ) {
                            findings.push(empty_call_finding(cx, instr, &empty));
                        }
                        continue;
                    };
                    // A write that every feasible path reaches only through a guard is not
                    // reported.
                    if !search.path_exists(block) || search.stopped_before(instr) {
                        continue;
                    }
                    let numbering = numbering.get_or_insert_with(|| cx.value_numbering());
                    if written_before_numbered(f, dominators, instr, *map, numbering)
                        || written_on_every_nil_path(cx, instr, *map, numbering)
                    {
                        continue;
                    }
                    if crate::length_guards::in_range_over_itself(f, dominators, block, *map)
                        || crate::equal_guards::equals_non_nil(
                            cx.analysis.module,
                            f,
                            dominators,
                            block,
                            *map,
                        )
                    {
                        continue;
                    }
                    // A nil picked only when a condition goes one way never reaches a write
                    // that runs only when it goes the other.
                    let opposite = search.nil_edges().last().is_some_and(|&edge| {
                        crate::flag_guards::opposite_guards(
                            cx.analysis.module,
                            f,
                            dominators,
                            edge,
                            block,
                        )
                    });
                    // Nor one inside a loop over a callee's result that has entries only when
                    // the same flag field goes the other way.
                    let flagged_loop = search.nil_edges().last().is_some_and(|&edge| {
                        crate::result_flags::loop_over_flagged_result(
                            cx.analysis.module,
                            f,
                            dominators,
                            edge,
                            block,
                        )
                    });
                    // A nil that only a parameter outside a switch's cases lets through (the
                    // fall-through of a switch without a default) needs a call the module shows
                    // passing such a value.
                    let switch_default = search.nil_edges().last().and_then(|&(phi, pred)| {
                        let program = cx.analysis.module.program;
                        crate::param_cases::excluded_on_edge(program, f, dominators, pred, phi)
                    });
                    if let Some((param, cases)) = switch_default
                        && !crate::param_cases::some_call_passes_another(
                            cx.analysis.module,
                            f,
                            param,
                            &cases,
                        )
                    {
                        continue;
                    }
                    // Nor one behind a test of a flag that every way from the allocation that
                    // leaves the map nil sets.
                    let flagged = !origins.is_empty()
                        && origins.iter().all(|o| {
                            matches!(o, Origin::Allocation(alloc)
                            if crate::flagged_allocations::flag_set_on_nil_paths(
                                f, dominators, *alloc, block, *map,
                            ))
                        });
                    if opposite
                        || flagged_loop
                        || flagged
                        || crate::flag_guards::made_under_same_guard(
                            cx.analysis.module,
                            f,
                            dominators,
                            block,
                            *map,
                        )
                    {
                        continue;
                    }
                    // A map made when a key is seen, written only after that key is found in
                    // another map filled with the keys seen.
                    if crate::key_correlation::made_when_key_seen(f, dominators, block, *map) {
                        continue;
                    }
                    // A field no code makes is nil at every write, but a write inside a loop
                    // over a map runs only when that map has entries, which the module's
                    // code may never give it.
                    let never_made =
                        origins.iter().all(|o| matches!(o, Origin::FieldNeverMade { .. }));
                    if never_made && in_map_range_loop(f, dominators, block) {
                        continue;
                    }
                    // A field no code makes panics at its first write: one finding per field,
                    // at the write that comes first in the package's source.
                    if never_made && never_made_written_earlier(cx, instr, &origins) {
                        continue;
                    }
                    // A nil stored with a flag the code tests is the flag's business.
                    let tied = origins.iter().any(|o| {
                        matches!(o, Origin::NilStore(store)
                        if crate::nilness::nil_tied_to_tested_flag(f, *store))
                    });
                    if tied {
                        continue;
                    }
                    // A failed assertion of a context parameter's value is nil only for a
                    // context without the key: reported when a call the module makes passes one.
                    let module = cx.analysis.module;
                    if let Some((param, key)) = crate::context_keys::assertion_key(
                        module,
                        f,
                        &origins,
                        &search.context_params,
                    ) {
                        let calls = module.call_index();
                        let lacking = module.lookup(&f.name).and_then(|function| {
                            crate::context_keys::call_lacking_key(
                                module, calls, function, param, &key,
                            )
                        });
                        let Some((caller, call)) = lacking else { continue };
                        let mut finding = update_finding(cx, instr, &origins);
                        let at = module.functions[caller].function[call].span.start;
                        finding.related.push((
                            NoteAt::Site(module.site(caller, at)),
                            "this call passes a context with no value under that key".to_string(),
                        ));
                        findings.push(finding);
                        continue;
                    }
                    findings.push(update_finding(cx, instr, &origins));
                }
                // `go f(nil)` and `defer f(nil)` run the write too.
                InstrKind::Call { call } | InstrKind::Go { call } | InstrKind::Defer { call } => {
                    // A registered `flag.Value`'s `Set` runs on it when the flags are parsed.
                    let callee = cx
                        .analysis
                        .call_summary(f, call)
                        .or_else(|| crate::flag_values::registered_set(&cx.analysis, f, call));
                    let Some(callee) = callee else { continue };
                    // A write only some calls reach depends on more than the caller shows.
                    // The first in source order is where the call panics (the summary lists
                    // them by parameter and field).
                    let mut certain: Vec<_> =
                        callee.summary.writes.iter().filter(|w| w.certain).collect();
                    certain.sort_by(|a, b| {
                        (&a.site.path, a.site.offset).cmp(&(&b.site.path, b.site.offset))
                    });
                    for write in certain {
                        let Some(&arg) = callee.args.get(write.param as usize) else { continue };
                        // A method value bound in the call writes later: a make after the call
                        // reaches it.
                        if write.bound && crate::method_values::stores_field(f, arg, &write.access)
                        {
                            continue;
                        }
                        // A write inside a loop over a map this call may pass nil never runs.
                        let loop_may_not_run = write.loops_over.iter().any(|(param, access)| {
                            callee.args.get(*param as usize).is_none_or(|&ranged| {
                                Search::new(f, cx.analysis, false)
                                    .nil_access(ranged, access, instr)
                                    .is_some()
                            })
                        });
                        // So does one inside a loop over a slice this call passes empty, or
                        // over a map it passes emptied (cleared, or drained by deletes).
                        if loop_may_not_run
                            || crate::summarize::loops_over_empty(
                                f,
                                instr,
                                &callee.args,
                                &write.loops_over_slices,
                            )
                            || crate::summarize::loops_over_emptied(
                                f,
                                dominators.get_or_insert_with(|| DomTree::new(f)),
                                instr,
                                &callee.args,
                                &write.loops_over,
                            )
                        {
                            continue;
                        }
                        let mut search = Search::new(f, cx.analysis, false);
                        search.missing_keys = true;
                        let dominators = dominators.get_or_insert_with(|| DomTree::new(f));
                        search.inside_loops(dominators, block);
                        // The callee writes only inside its loop over a map this call passes
                        // (`fr.merge(other)` ranging over `other`): a way on which a test
                        // found that map empty (`len(other) != 0` false) writes nothing.
                        search.also_needs(crate::length_guards::callee_loop_needs(
                            f,
                            &callee.args,
                            &write.loops_over,
                            instr,
                            block,
                        ));
                        let found = search.nil_access(arg, &write.access, instr);
                        let origins = match found {
                            Some(origins) => {
                                if !search.path_exists(block) || search.stopped_before(instr) {
                                    continue;
                                }
                                origins
                            }
                            // A base embedded by a literal that skips its constructor, in
                            // every value of the outer type, is nil whoever passes it.
                            None => {
                                let unset = crate::embedded_unset::unset_in_every_value(
                                    cx,
                                    arg,
                                    &write.access,
                                )
                                .or_else(|| {
                                    crate::main_globals::zero_at_main_start(cx, arg, instr)
                                });
                                let Some(origin) = unset else { continue };
                                vec![origin]
                            }
                        };
                        // A model's method writes into its receiver: the call spells it.
                        let method = matches!(&call.callee, mapscope_ssa::Callee::Static(v)
                            if matches!(&f[*v].def, ValueDef::Function { name } if name.starts_with('(')));
                        let receiver = (write.site.is_nowhere() && write.param == 0 && method)
                            .then(|| receiver_text(cx.text(f[instr].span)))
                            .flatten();
                        let shown = format!("`{}`", receiver.unwrap_or(&write.expr));
                        let mut related = origin_notes(cx, instr, &shown, &origins);
                        let passes_nil = matches!(
                            f[crate::nilness::strip_conversions(f, arg)].def,
                            ValueDef::Const(ConstValue::Nil)
                        );
                        let call_note = if passes_nil {
                            format!("nil is passed to {} here", callee.callee)
                        } else {
                            format!("{shown} is nil when {} is called here", callee.callee)
                        };
                        // A call after one that already panics on the same nil, on every
                        // path to it, never sees it (`req.Header.Set(a); req.Header.Set(b)`).
                        let source = related.first().cloned();
                        let repeated = reported_calls.iter().any(|(earlier, map, from)| {
                            *map == shown
                                && *from == source
                                && crate::key_values::precedes(f, dominators, *earlier, instr)
                        });
                        reported_calls.push((instr, shown.clone(), source));
                        if repeated {
                            break;
                        }
                        related.push((NoteAt::Here(f[instr].span), call_note));
                        if write.access == crate::summary::Access::value()
                            && write.loops_over.is_empty()
                            && write.loops_over_slices.is_empty()
                        {
                            panicking_calls
                                .push((instr, crate::nilness::strip_conversions(f, arg)));
                        }
                        let caller = crate::nilness::short_name(&f.name);
                        findings.push(Finding {
                            span: f[instr].span,
                            // A model's write has no source: the call is where it panics.
                            elsewhere: (!write.site.is_nowhere())
                                .then(|| (write.site.clone(), write.end.clone())),
                            message: format!(
                                "assignment to entry in nil map: {shown} is nil when {caller} calls {}",
                                callee.callee
                            ),
                            related,
                        });
                        // One finding per call is enough to act on.
                        break;
                    }
                }
                InstrKind::MakeClosure { func, bindings } => {
                    if let Some(finding) = bound_copy_write(cx, instr, *func, bindings) {
                        findings.push(finding);
                    }
                    findings.extend(captured_nil_write(cx, instr, *func, bindings));
                }
                _ => {}
            }
        }
    }
    findings
}

/// The writes of closures the function makes that a callee calls right away, while the map
/// variable they capture is nil ([`crate::called_closures`]), placed at the closure's write.
fn closures_called_while_nil(cx: &FunctionContext<'_>) -> Vec<Finding> {
    let f = cx.function;
    let module = cx.analysis.module;
    crate::called_closures::called_while_nil(cx)
        .into_iter()
        .map(|called| {
            let shown = format!("`{}`", called.variable);
            let mut related = origin_notes(cx, called.call, &shown, &called.origins);
            related.push((
                NoteAt::Here(f[called.call].span),
                format!("{} calls the closure here, while {shown} is still nil", called.callee),
            ));
            let span = module.functions[called.closure].function[called.update].span;
            Finding {
                span: f[called.call].span,
                elsewhere: Some((
                    module.site(called.closure, span.start),
                    module.site(called.closure, span.end),
                )),
                message: format!(
                    "assignment to entry in nil map: {shown} is nil when {} calls the closure \
                     that writes it",
                    called.callee
                ),
                related,
            }
        })
        .collect()
}

/// The writes of functions the module passes to this one that its own call of them reaches
/// with a nil map ([`crate::callback_locals`]), placed at the passed function's write.
fn callback_nil_writes(cx: &FunctionContext<'_>) -> Vec<Finding> {
    let f = cx.function;
    let callee = crate::nilness::short_name(&f.name);
    crate::callback_locals::nil_callback_args(cx.analysis, f)
        .into_iter()
        .map(|nil| {
            let shown = format!("`{}`", nil.write.expr);
            let mut related = origin_notes(cx, nil.call, &shown, &nil.origins);
            related.push((
                NoteAt::Here(f[nil.call].span),
                format!("{callee} calls the function {} passes here, with {shown} nil", nil.passer),
            ));
            Finding {
                span: f[nil.call].span,
                elsewhere: Some((nil.write.site.clone(), nil.write.end.clone())),
                message: format!(
                    "assignment to entry in nil map: {shown} is nil when {callee} calls the \
                     function {} passes",
                    nil.passer
                ),
                related,
            }
        })
        .collect()
}

/// The writes of options that a loop of the function applies before the map they write is
/// made ([`crate::option_loops`]), placed at the option's write.
fn early_option_writes(cx: &FunctionContext<'_>) -> Vec<Finding> {
    let f = cx.function;
    let applier = crate::nilness::short_name(&f.name);
    crate::option_loops::early_options(cx)
        .into_iter()
        .map(|early| {
            let shown = format!("`{}`", early.write.expr);
            let mut related = origin_notes(cx, early.call, &shown, &early.origins);
            related.push((
                NoteAt::Site(early.passed_at),
                format!("the option {} is passed here", early.option),
            ));
            related.push((
                NoteAt::Here(f[early.call].span),
                format!("{applier} applies it here, while {shown} is still nil"),
            ));
            Finding {
                span: f[early.call].span,
                elsewhere: Some((early.write.site.clone(), early.write.end.clone())),
                message: format!(
                    "assignment to entry in nil map: {shown} is nil when {applier} applies \
                     the option {}",
                    early.option
                ),
                related,
            }
        })
        .collect()
}

/// The first write into the receiver of a value-receiver `UnmarshalJSON` (or `UnmarshalText`)
/// of a map type that encoding/json calls on a nil map ([`crate::zero_decoded`]), when the
/// method never compares the receiver with nil.
fn nil_receiver_unmarshal(cx: &FunctionContext<'_>) -> Option<Finding> {
    let f = cx.function;
    if !(f.name.ends_with(").UnmarshalJSON") || f.name.ends_with(").UnmarshalText"))
        || !f.name.starts_with('(')
        || f.name.starts_with("(*")
    {
        return None;
    }
    let &receiver = f.params().first()?;
    let program = cx.analysis.module.program;
    let named = {
        let types = program.types();
        let ty = mapscope_types::query::unalias(&types, f[receiver].ty);
        match types.ty(ty) {
            mapscope_types::types::Type::Named(n) => n.obj,
            _ => return None,
        }
    };
    let decode = cx.analysis.fields.nil_unmarshaled(program, named)?;
    let tested = f[receiver].referrers().iter().any(|&u| {
        matches!(&f[u].kind, InstrKind::BinOp { x, y, .. }
            if crate::nilness::is_nil_constant(f, *x) || crate::nilness::is_nil_constant(f, *y))
    });
    if tested {
        return None;
    }
    let update = f.block_ids().flat_map(|b| f[b].instrs().iter().copied()).find(|&i| {
        matches!(&f[i].kind, InstrKind::MapUpdate { map, .. }
            if crate::nilness::strip_conversions(f, *map) == receiver)
    })?;
    let shown = map_expr_text(cx.text(f[update].span));
    let type_name = program.obj(named).name.to_string();
    Some(Finding {
        span: f[update].span,
        elsewhere: None,
        message: format!(
            "assignment to entry in nil map: `{shown}` is nil when encoding/json decodes into a \
             zero `{type_name}`: it calls this value-receiver method on the nil map"
        ),
        related: decode
            .iter()
            .map(|site| {
                let note = format!("this decodes into a value holding a zero `{type_name}`");
                (NoteAt::Site(site.clone()), note)
            })
            .collect(),
    })
}

/// The finding for a write into a map field that a reset drops.
fn reset_finding(
    cx: &FunctionContext<'_>,
    instr: InstrId,
    (reset, how): (Option<Site>, crate::fields::Drop),
) -> Finding {
    let shown = map_expr_text(cx.text(cx.function[instr].span));
    let (message, note) = match how {
        crate::fields::Drop::Literal => (
            format!(
                "assignment to entry in nil map: `{shown}` is nil after a reset that makes the \
                 struct's other maps but not this one, which only the creation of a value makes"
            ),
            format!("this reset stores a struct literal without `{shown}`'s map over the value"),
        ),
        crate::fields::Drop::NilRecycled => (
            format!(
                "assignment to entry in nil map: `{shown}` is nil in a value reused after a \
                 release set it to nil, and only the creation of a value makes it"
            ),
            "this release sets the map to nil and hands the value on for reuse".to_string(),
        ),
    };
    let related = reset.map(|site| (NoteAt::Site(site), note)).into_iter().collect();
    Finding { span: cx.function[instr].span, elsewhere: None, message, related }
}

/// A write into a map that another path of the same function drops, which a caller's loop
/// runs again ([`crate::repeated_resets`]).
fn repeated_reset_finding(
    cx: &FunctionContext<'_>,
    instr: InstrId,
    repeated: &crate::repeated_resets::RepeatedReset,
) -> Finding {
    let f = cx.function;
    let module = cx.analysis.module;
    let shown = map_expr_text(cx.text(f[instr].span));
    let name = short_name(&f.name);
    let g = module.functions[repeated.caller].function;
    let dropped = match &repeated.how {
        crate::repeated_resets::Dropped::NilStore => {
            format!("{name} sets `{shown}` to nil here and returns without making it")
        }
        crate::repeated_resets::Dropped::Value => format!(
            "{name} stores a value without `{shown}`'s map here and returns without making it"
        ),
        crate::repeated_resets::Dropped::Call(callee) => format!(
            "{name} calls {} here, which sets `{shown}` to nil, and returns without making it",
            short_name(callee)
        ),
    };
    Finding {
        span: f[instr].span,
        elsewhere: None,
        message: format!(
            "assignment to entry in nil map: `{shown}` is nil when {name} runs again after a \
             call that dropped it"
        ),
        related: vec![
            (NoteAt::Here(f[repeated.reset].span), dropped),
            (
                NoteAt::Site(module.site(repeated.caller, g[repeated.call].span.start)),
                format!("{} calls {name} here again and again", short_name(&g.name)),
            ),
        ],
    }
}

/// The finding for a write into a map field that only a `sync.Once`'s function makes, after a
/// nil store ([`crate::once_resets`]).
/// A write into a map field that only a `sync.Once`'s function makes, which can panic before
/// making it while a caller of the same Once recovers ([`crate::once_panics`]).
fn panicked_once_finding(
    cx: &FunctionContext<'_>,
    instr: InstrId,
    panicked: crate::once_panics::PanickedOnce,
) -> Finding {
    let shown = map_expr_text(cx.text(cx.function[instr].span));
    Finding {
        span: cx.function[instr].span,
        elsewhere: None,
        message: format!(
            "assignment to entry in nil map: `{shown}` is nil when the sync.Once's function \
             panicked before making it: the Once counts as done and never runs it again"
        ),
        related: vec![
            (NoteAt::Site(panicked.panic), "the Once's function panics here".to_string()),
            (
                NoteAt::Site(panicked.recover),
                "a caller of the same Once recovers from that panic here".to_string(),
            ),
        ],
    }
}

fn once_reset_finding(cx: &FunctionContext<'_>, instr: InstrId, reset: Site) -> Finding {
    let shown = map_expr_text(cx.text(cx.function[instr].span));
    Finding {
        span: cx.function[instr].span,
        elsewhere: None,
        message: format!(
            "assignment to entry in nil map: `{shown}` is nil after a nil store: only a \
             sync.Once's function makes it, and that Once has already run"
        ),
        related: vec![(
            NoteAt::Site(reset),
            "this stores nil into the map, and the module writes it after calling this".to_string(),
        )],
    }
}

/// The finding for a write through an element of a slice of maps that a `clear` of the slice
/// sets to nil ([`crate::cleared_slots`]).
fn cleared_slot_finding(cx: &FunctionContext<'_>, instr: InstrId, clear: Site) -> Finding {
    let shown = map_expr_text(cx.text(cx.function[instr].span));
    Finding {
        span: cx.function[instr].span,
        elsewhere: None,
        message: format!(
            "assignment to entry in nil map: `{shown}` is nil after a `clear` of its slice, \
             which sets every element to nil; only the creation of a value makes them"
        ),
        related: vec![(
            NoteAt::Site(clear),
            "this clear zeroes the slice's elements (it does not empty the maps), and the \
             module writes through one after calling this"
                .to_string(),
        )],
    }
}

/// The finding for a write into a map field of a struct value looked up in a map field that
/// the module fills only in loops ([`crate::seeded_inner::seeded_struct_write`]).
fn seeded_struct_finding(cx: &FunctionContext<'_>, instr: InstrId, lookup: InstrId) -> Finding {
    let shown = map_expr_text(cx.text(cx.function[instr].span));
    Finding {
        span: cx.function[instr].span,
        elsewhere: None,
        message: format!(
            "assignment to entry in nil map: `{shown}` is nil for a key not seen before: the \
             module stores the struct values of this map only for the keys its loops walk, and \
             a missing key gives the zero struct"
        ),
        related: vec![(
            NoteAt::Here(cx.function[lookup].span),
            "the struct is looked up here with no test of the key".to_string(),
        )],
    }
}

/// The finding for a write that an earlier `init` runs before the `init` that makes the map.
fn init_order_finding(
    cx: &FunctionContext<'_>,
    instr: InstrId,
    early: &crate::init_order::EarlyInit,
) -> Finding {
    let module = cx.analysis.module;
    let file_of = |index: usize| {
        let path = module.functions[index].path;
        path.rsplit('/').next().unwrap_or(path).to_string()
    };
    let text = cx.text(cx.function[instr].span);
    let shown = map_expr_text(text);
    let mut related = Vec::new();
    if let (Some(init), Some(call)) = (early.init, early.call) {
        related.push((
            NoteAt::Site(module.site(init, call.start)),
            format!("the init function of {} calls it here", file_of(init)),
        ));
    }
    let (maker, store) = early.made_by;
    // Variable initializers run before every `init` function, whatever the files' names.
    let order = match early.init {
        Some(_) => "init functions run in the order of their files' names",
        None => "init functions run after every package-level variable is initialized",
    };
    related.push((
        NoteAt::Site(module.site(maker, store.start)),
        format!(
            "`{shown}` is made here, by the init function of {}, which runs later ({order})",
            file_of(maker)
        ),
    ));
    let runner = match early.init {
        Some(init) => format!("the init function of {}", file_of(init)),
        None => "a package-level variable's initializer".to_string(),
    };
    Finding {
        span: cx.function[instr].span,
        elsewhere: None,
        message: format!(
            "assignment to entry in nil map: `{shown}` is nil when {runner} runs this write"
        ),
        related,
    }
}

/// A closure made at `instr` that captures a map variable nil there on a feasible path, and
/// writes it on every call ([`crate::summarize::captured_writes`]): `var attempts map[K]V;
/// if capacity > 0 { attempts = make(...) }; return func(u K) { attempts[u]++ }`.
fn captured_nil_write(
    cx: &FunctionContext<'_>,
    instr: InstrId,
    func: ValueId,
    bindings: &[ValueId],
) -> Option<Finding> {
    let f = cx.function;
    let module = cx.analysis.module;
    let block = f[instr].block()?;
    for (gi, cell, update) in
        crate::summarize::captured_writes(module, f, instr, func, bindings, false)
    {
        let Some(place) = crate::nilness::location(f, cell) else { continue };
        let mut search = Search::new(f, cx.analysis, false);
        let Some(origins) = search.nil_in_captured(&place, instr) else { continue };
        if !search.path_exists(block) {
            continue;
        }
        let g = module.functions[gi].function;
        let name = bindings.iter().zip(g.free_vars()).find_map(|(&b, &v)| match &g[v].def {
            ValueDef::FreeVar { name, .. } if b == cell => Some(name.to_string()),
            _ => None,
        })?;
        let shown = format!("`{name}`");
        let span = g[update].span;
        let mut related = origin_notes(cx, instr, &shown, &origins);
        related.push((
            NoteAt::Here(f[instr].span),
            format!("the closure made here captures {shown} while it may be nil"),
        ));
        let caller = crate::nilness::short_name(&f.name);
        return Some(Finding {
            span: f[instr].span,
            elsewhere: Some((module.site(gi, span.start), module.site(gi, span.end))),
            message: format!(
                "assignment to entry in nil map: {shown} is nil when the closure {caller} makes \
                 writes it"
            ),
            related,
        });
    }
    None
}

/// A function literal deferred where it is made that writes a captured map variable on every
/// call, when a return after the `defer` leaves that variable nil ([`crate::deferred_writes`]):
/// `defer func() { vars[k] = v }()` and `return nil, err` over named result `vars`.
fn deferred_nil_writes(cx: &FunctionContext<'_>) -> Vec<Finding> {
    let f = cx.function;
    let module = cx.analysis.module;
    let defers: Vec<InstrId> = f
        .block_ids()
        .flat_map(|b| f[b].instrs().iter().copied())
        .filter(|&i| matches!(f[i].kind, InstrKind::Defer { .. }))
        .collect();
    if defers.is_empty() {
        return Vec::new();
    }
    let dominators = DomTree::new(f);
    let mut findings = Vec::new();
    for defer in defers {
        for write in crate::deferred_writes::deferred_writes(module, f, &dominators, defer) {
            let Some(mut place) = crate::nilness::location(f, write.cell) else { continue };
            place.fields.extend_from_slice(&write.fields);
            let found = write.runs.iter().find_map(|&run| {
                let mut search = Search::new(f, cx.analysis, false);
                let origins = if write.fields.is_empty() {
                    search.read_only_captures = Some(place.root);
                    search.nil_in_captured(&place, run)?
                } else {
                    search.nil_at(&place, run, 0)?
                };
                search.path_exists(f[run].block()?).then_some((run, origins))
            });
            let Some((run, origins)) = found else { continue };
            let g = module.functions[write.closure].function;
            let shown = match map_expr_text(cx.text(g[write.update].span)) {
                _ if write.fields.is_empty() => format!("`{}`", write.name),
                "" => "the map".to_string(),
                expr => format!("`{expr}`"),
            };
            let span = g[write.update].span;
            let mut related = origin_notes(cx, run, &shown, &origins);
            related.push((
                NoteAt::Here(f[defer].span),
                format!("the function deferred here writes {shown} when this function returns"),
            ));
            let caller = crate::nilness::short_name(&f.name);
            findings.push(Finding {
                span: f[defer].span,
                elsewhere: Some((
                    module.site(write.closure, span.start),
                    module.site(write.closure, span.end),
                )),
                message: format!(
                    "assignment to entry in nil map: {shown} is nil when the function deferred \
                     by {caller} writes it"
                ),
                related,
            });
        }
    }
    findings
}

/// A deferred call's write into a map field that a call deferred after it sets to nil first:
/// deferred calls run last-in first-out ([`crate::deferred_resets`]).
fn lifo_reset_writes(cx: &FunctionContext<'_>) -> Vec<Finding> {
    let f = cx.function;
    let mut findings = Vec::new();
    for lifo in crate::deferred_resets::lifo_resets(&cx.analysis, f) {
        let shown = format!("`{}`", lifo.write.expr);
        let origin = Origin::CalleeNils {
            call: lifo.resetter,
            callee: lifo.reset_by.clone(),
            site: lifo.reset.site.clone(),
        };
        let mut related = origin_notes(cx, lifo.writer, &shown, &[origin]);
        related.push((
            NoteAt::Here(f[lifo.writer].span),
            format!(
                "the call deferred here writes {shown}; deferred calls run last-in first-out, so \
                 it runs after {}",
                lifo.reset_by
            ),
        ));
        let write = &lifo.write;
        findings.push(Finding {
            span: f[lifo.writer].span,
            elsewhere: (!write.site.is_nowhere()).then(|| (write.site.clone(), write.end.clone())),
            message: format!(
                "assignment to entry in nil map: {shown} is set to nil by the later-deferred {} \
                 before this deferred call writes it",
                lifo.reset_by
            ),
            related,
        });
    }
    findings
}

/// A method value of a value-receiver method (`b.Subscribe(a.onLogin)`) binds a copy of the
/// receiver as it is when the value is made: a map field nil in that copy stays nil in it,
/// whatever the code makes afterwards, and every call of the method value writes into it when
/// the method writes that field on every path.
fn bound_copy_write(
    cx: &FunctionContext<'_>,
    instr: InstrId,
    func: ValueId,
    bindings: &[ValueId],
) -> Option<Finding> {
    let f = cx.function;
    let ValueDef::Function { name } = &f[func].def else { return None };
    let method = name.strip_suffix("$bound")?;
    let &receiver = bindings.first()?;
    // A pointer receiver shares the place: a later make reaches the method too.
    let program = cx.analysis.module.program;
    let ty = f[receiver].ty;
    if ty.arena as usize > program.units.len() {
        return None;
    }
    let mut types = program.types();
    let under = mapscope_types::query::underlying(&mut types, ty);
    if !matches!(types.ty(under), mapscope_types::types::Type::Struct(..)) {
        drop(types);
        return bound_pointer_write(cx, instr, func, bindings);
    }
    let module = cx.analysis.module;
    let index = module.lookup(method)?;
    let summary = cx.analysis.summaries.get(index)?;
    let block = f[instr].block()?;
    let write = summary
        .writes
        .iter()
        .find(|w| w.certain && w.param == 0 && !w.access.deref && !w.access.fields.is_empty())?;
    let mut search = Search::new(f, cx.analysis, false);
    let origins = search.nil_access(receiver, &write.access, instr)?;
    if !search.path_exists(block) {
        return None;
    }
    let callee = crate::nilness::short_name(method);
    let shown = format!("`{}`", write.expr);
    let mut related = origin_notes(cx, instr, &shown, &origins);
    related.push((
        NoteAt::Here(f[instr].span),
        format!(
            "the method value {callee} binds a copy of its receiver here, in which {shown} is nil"
        ),
    ));
    Some(Finding {
        span: f[instr].span,
        elsewhere: (!write.site.is_nowhere()).then(|| (write.site.clone(), write.end.clone())),
        message: format!(
            "assignment to entry in nil map: {shown} is nil in the receiver copy that the method \
             value {callee} binds"
        ),
        related,
    })
}

/// A method value of a pointer-receiver method bound to a receiver whose map field, which only
/// the creation of a value sets, is nil here: it stays nil, and every call of the method value
/// writes into it ([`crate::method_values`]).
fn bound_pointer_write(
    cx: &FunctionContext<'_>,
    instr: InstrId,
    func: ValueId,
    bindings: &[ValueId],
) -> Option<Finding> {
    let f = cx.function;
    let (method, write, receiver) =
        crate::method_values::bound_pointer_write(&cx.analysis, f, func, bindings)?;
    let mut search = Search::new(f, cx.analysis, false);
    let origins = search.nil_access(receiver, &write.access, instr)?;
    if !search.path_exists(f[instr].block()?) {
        return None;
    }
    let callee = crate::nilness::short_name(method);
    let shown = format!("`{}`", write.expr);
    let mut related = origin_notes(cx, instr, &shown, &origins);
    related.push((
        NoteAt::Here(f[instr].span),
        format!(
            "the method value {callee} binds its receiver here, in which {shown} is nil, and only \
             the creation of a value sets it"
        ),
    ));
    Some(Finding {
        span: f[instr].span,
        elsewhere: (!write.site.is_nowhere()).then(|| (write.site.clone(), write.end.clone())),
        message: format!(
            "assignment to entry in nil map: {shown} is nil in the receiver that the method value \
             {callee} binds"
        ),
        related,
    })
}

/// Whether `block` runs only inside the body of a `range` loop over a map, or after one behind
/// a branch that may test what the loop found.
fn in_map_range_loop(f: &Function, dominators: &DomTree, block: mapscope_ssa::BlockId) -> bool {
    let mut at = block;
    while let Some(up) = dominators.idom(at) {
        at = up;
        let Some(&last) = f[at].instrs().last() else { continue };
        let InstrKind::If { cond } = &f[last].kind else { continue };
        let ValueDef::Result { instr: next, index: 0 } =
            f[crate::nilness::strip_conversions(f, *cond)].def
        else {
            continue;
        };
        if !matches!(f[next].kind, InstrKind::MapNext { .. }) {
            continue;
        }
        // The loop's header dominates what follows the loop too. After the loop the write
        // still depends on the map's entries when a branch between the loop's exit and the
        // write may test what the loop found (`if best != "" { r.hits[best]++ }`); a write
        // that every path out of the loop reaches runs whatever the map holds.
        let (Some(&body), Some(&exit)) = (f[at].succs().first(), f[at].succs().get(1)) else {
            return true;
        };
        if dominators.dominates(body, block) || !dominators.dominates(exit, block) {
            return true;
        }
        let mut up = block;
        while up != exit {
            let Some(parent) = dominators.idom(up) else { return true };
            up = parent;
            let branches =
                f[up].instrs().last().is_some_and(|&i| matches!(f[i].kind, InstrKind::If { .. }));
            if branches {
                return true;
            }
        }
    }
    false
}

/// A note of a finding: where, and what it says.
type Note = (NoteAt, String);

/// Whether a write to map value `map` comes before `update` on every path to it.
fn written_before(f: &Function, dominators: &DomTree, update: InstrId, map: ValueId) -> bool {
    let map = crate::nilness::strip_conversions(f, map);
    f[map].referrers().iter().any(|&other| {
        if other == update {
            return false;
        }
        let InstrKind::MapUpdate { map: written, .. } = &f[other].kind else { return false };
        crate::nilness::strip_conversions(f, *written) == map
            && crate::key_values::precedes(f, dominators, other, update)
    }) || written_before_in_block(f, update, map)
        || written_through_same_call(f, dominators, update, map)
}

/// Whether a write that runs before `update` on every path wrote the result of the same call
/// (`span.Attributes()` twice: one method of one receiver with the same arguments), which
/// gives the same nil map and panics first.
fn written_through_same_call(
    f: &Function,
    dominators: &DomTree,
    update: InstrId,
    map: ValueId,
) -> bool {
    let call_of = |v: ValueId| {
        let v = crate::nilness::strip_conversions(f, v);
        let ValueDef::Result { instr, index } = f[v].def else { return None };
        let InstrKind::Call { call } = &f[instr].kind else { return None };
        Some((call, index))
    };
    let Some((call, index)) = call_of(map) else { return false };
    f.block_ids().flat_map(|b| f[b].instrs().iter().copied()).any(|other| {
        let InstrKind::MapUpdate { map: written, .. } = &f[other].kind else { return false };
        other != update
            && call_of(*written)
                .is_some_and(|(c, i)| i == index && c.callee == call.callee && c.args == call.args)
            && crate::key_values::precedes(f, dominators, other, update)
    })
}

/// Whether a write that runs before `update` on every path wrote a map that value numbering
/// shows is the same (`m.Attrs[a] = x`, then `m.Attrs[b] = y` in a loop, with nothing between
/// that could store into `m.Attrs`): the earlier write panics first.
pub(crate) fn written_before_numbered(
    f: &Function,
    dominators: &DomTree,
    update: InstrId,
    map: ValueId,
    numbering: &mapscope_ssa::gvn::ValueNumbering,
) -> bool {
    let number = numbering.number(crate::nilness::strip_conversions(f, map));
    f.block_ids().flat_map(|b| f[b].instrs().iter().copied()).any(|other| {
        let InstrKind::MapUpdate { map: written, .. } = &f[other].kind else { return false };
        other != update
            && numbering.number(crate::nilness::strip_conversions(f, *written)) == number
            && crate::key_values::precedes(f, dominators, other, update)
    })
}

/// Whether a write that comes before `update` in the package's source, in another function,
/// writes into the same field no code makes (`origins` are all [`Origin::FieldNeverMade`] of
/// one declaration) on a path the search finds: it is reported, and one report per field says
/// what there is to fix.
fn never_made_written_earlier(
    cx: &FunctionContext<'_>,
    update: InstrId,
    origins: &[Origin],
) -> bool {
    let declared = |o: &Origin| match o {
        Origin::FieldNeverMade { decl, .. } => decl.clone(),
        _ => None,
    };
    let Some(decl) = origins.first().and_then(declared) else { return false };
    let module = cx.analysis.module;
    let f = cx.function;
    // Only writes through the same field index are searched: a cheap first filter.
    let field_of = |g: &Function, map: ValueId| {
        let load = g.defining_instr(crate::nilness::strip_conversions(g, map))?;
        let InstrKind::Load { addr } = &g[load].kind else { return None };
        match &g[g.defining_instr(*addr)?].kind {
            InstrKind::FieldAddr { field, .. } => Some(*field),
            _ => None,
        }
    };
    let InstrKind::MapUpdate { map: written, .. } = &f[update].kind else { return false };
    let Some(field) = field_of(f, *written) else { return false };
    let Some(me) = module.lookup(&f.name) else { return false };
    let here = module.site(me, f[update].span.start);
    let unit = module.functions[me].unit;
    module.functions.iter().enumerate().any(|(index, other)| {
        if index == me || other.unit != unit {
            return false;
        }
        let g = other.function;
        g.block_ids().any(|block| {
            g[block].instrs().iter().any(|&i| {
                let InstrKind::MapUpdate { map, .. } = &g[i].kind else { return false };
                if field_of(g, *map) != Some(field) {
                    return false;
                }
                let there = module.site(index, g[i].span.start);
                if (&there.path, there.offset) >= (&here.path, here.offset) {
                    return false;
                }
                let mut search = Search::new(g, cx.analysis, false);
                let Some(found) = search.nil_value(*map, 0) else { return false };
                !found.is_empty()
                    && found.iter().all(|o| declared(o).as_ref() == Some(&decl))
                    && search.path_exists(block)
            })
        })
    })
}

/// Whether every path to `update` on which its map is nil passes another write into the same
/// map (value numbering says so), where the nil panics first: the way the tests of the map
/// itself take for a nil map (`if m["type"] == nil { m["type"] = ... }`, `if _, ok := m[k];
/// !ok`) leads through that write.
fn written_on_every_nil_path(
    cx: &FunctionContext<'_>,
    update: InstrId,
    map: ValueId,
    numbering: &mapscope_ssa::gvn::ValueNumbering,
) -> bool {
    let f = cx.function;
    let strip = |v: ValueId| crate::nilness::strip_conversions(f, v);
    let number = numbering.number(strip(map));
    let same_map = |v: ValueId| numbering.number(strip(v)) == number;
    let mut writes = vec![false; f.block_count()];
    for b in f.block_ids() {
        writes[b.index()] = f[b].instrs().iter().any(|&i| {
            i != update && matches!(&f[i].kind, InstrKind::MapUpdate { map: m, .. } if same_map(*m))
        });
    }
    let Some(target) = f[update].block() else { return false };
    // A write earlier in the target block itself is [`written_before_in_block`]'s.
    if writes[target.index()] || !writes.contains(&true) {
        return false;
    }
    let search = Search::new(f, cx.analysis, false);
    let mut seen = vec![false; f.block_count()];
    seen[Function::ENTRY.index()] = true;
    let mut stack = vec![Function::ENTRY];
    while let Some(b) = stack.pop() {
        if b == target {
            return false;
        }
        if writes[b.index()] {
            continue;
        }
        let succs = f[b].succs();
        let known = match (f[b].instrs().last().map(|&i| &f[i].kind), succs) {
            (Some(InstrKind::If { cond }), [then, otherwise]) => search
                .condition_when_nil(*cond, &same_map)
                .map(|taken| if taken { *then } else { *otherwise }),
            _ => None,
        };
        for &s in succs {
            if known.is_none_or(|k| k == s) && !seen[s.index()] {
                seen[s.index()] = true;
                stack.push(s);
            }
        }
    }
    true
}

/// Whether an earlier write in the same block wrote the map loaded from the same place
/// (`c.Tags["kind"] = ...; c.Tags["team"] = ...`), with nothing stored into that place between.
fn written_before_in_block(f: &Function, update: InstrId, map: ValueId) -> bool {
    let Some(place) = crate::nilness::loaded_from(f, map) else { return false };
    let Some(block) = f[update].block() else { return false };
    let instrs = f[block].instrs();
    let Some(at) = instrs.iter().position(|&i| i == update) else { return false };
    for &i in instrs[..at].iter().rev() {
        match &f[i].kind {
            InstrKind::Store { addr, .. }
                if crate::nilness::location(f, *addr).as_ref() == Some(&place) =>
            {
                return false;
            }
            InstrKind::MapUpdate { map: written, .. }
                if crate::nilness::loaded_from(f, *written).as_ref() == Some(&place) =>
            {
                return true;
            }
            _ => {}
        }
    }
    false
}

fn update_finding(cx: &FunctionContext<'_>, update: InstrId, origins: &[Origin]) -> Finding {
    let span = cx.function[update].span;
    let expr = map_expr_text(cx.text(span));
    let shown = if expr.is_empty() { "the map".to_string() } else { format!("`{expr}`") };
    Finding {
        span,
        elsewhere: None,
        message: format!("assignment to entry in nil map: {shown} is nil on a path to this write"),
        related: origin_notes(cx, update, &shown, origins),
    }
}

/// A write whose map is nil when a caller passes the collection a loop walks empty
/// ([`crate::empty_options`]): the nil's notes, then the call.
fn empty_call_finding(
    cx: &FunctionContext<'_>,
    update: InstrId,
    empty: &crate::empty_options::EmptyCallWrite,
) -> Finding {
    let mut finding = update_finding(cx, update, &empty.origins);
    let module = cx.analysis.module;
    let g = module.functions[empty.caller].function;
    let param = cx.function.params().get(empty.param as usize).map(|&p| &cx.function[p].def);
    let looped = match param {
        Some(ValueDef::Param { name, .. }) => format!("`{name}`"),
        _ => "the collection it loops over".to_string(),
    };
    finding.related.push((
        NoteAt::Site(module.site(empty.caller, g[empty.call].span.start)),
        format!(
            "{} calls {} here with {looped} empty: the loop over it runs no code that could \
             make the map",
            short_name(&g.name),
            short_name(&cx.function.name)
        ),
    ));
    finding
}

fn decoded_call_finding(
    cx: &FunctionContext<'_>,
    update: InstrId,
    decoded: &crate::decoded_arguments::DecodedCallWrite,
) -> Finding {
    let mut finding = update_finding(cx, update, &decoded.origins);
    let module = cx.analysis.module;
    let f = cx.function;
    let g = module.functions[decoded.caller].function;
    let effect = match decoded.fresh {
        true => {
            "the type's UnmarshalJSON stores a fresh decode over the value here: the map is nil \
             after it when its JSON has null or no value for it"
        }
        false => {
            "the decode sets the map to nil when its JSON has null for it, and leaves it as it \
             was when the JSON has no value for it"
        }
    };
    finding.related.push((NoteAt::Here(f[decoded.decode].span), effect.to_string()));
    let what = if decoded.null { "has null for the map" } else { "has no value for the map" };
    finding.related.push((
        NoteAt::Site(module.site(decoded.caller, g[decoded.call].span.start)),
        format!(
            "{} calls {} here with a document that {what}",
            short_name(&g.name),
            short_name(&f.name)
        ),
    ));
    finding
}

/// Notes saying where each nil comes from, for the write or call `at`.
fn origin_notes(
    cx: &FunctionContext<'_>,
    at: InstrId,
    shown: &str,
    origins: &[Origin],
) -> Vec<(NoteAt, String)> {
    let f = cx.function;
    let span = f[at].span;
    let mut related = Vec::new();
    for origin in origins {
        match origin {
            Origin::NilConstant => {
                if let Some((decl, no_value)) = declaration(cx, span.start) {
                    let note = if no_value {
                        format!("{shown} is declared here without a value")
                    } else {
                        format!("{shown} is declared here and is nil on a path to the write")
                    };
                    related.push((NoteAt::Here(decl), note));
                }
            }
            Origin::Allocation(alloc) => {
                if let InstrKind::MakeSlice { .. } = f[*alloc].kind {
                    // A slice of structs holds zero structs, whose map fields are nil.
                    let maps = f[*alloc].result().is_none_or(|s| {
                        crate::cleared_slots::is_slice_of_maps(cx.analysis.module, f, s)
                    });
                    let made = if maps { "nil maps" } else { "zero values" };
                    let note = format!("{shown} is nil: make gives a slice of {made} here");
                    related.push((NoteAt::Here(f[*alloc].span), note));
                    continue;
                }
                let InstrKind::Alloc { name, .. } = &f[*alloc].kind else { continue };
                let note = match &**name {
                    "complit" => format!("{shown} is nil: this composite literal does not set it"),
                    "new" => format!("{shown} is nil: new returns zeroed memory"),
                    var => format!("{shown} is nil: `{var}` is declared here without it"),
                };
                related.push((NoteAt::Here(f[*alloc].span), note));
            }
            Origin::NilStore(store) => {
                let zero_struct = matches!(&f[*store].kind, InstrKind::Store { value, .. }
                    if matches!(f[crate::nilness::strip_conversions(f, *value)].def, ValueDef::Const(ConstValue::Zero)));
                let note = if zero_struct {
                    format!("{shown} is nil: its struct is declared or set to the zero value here")
                } else {
                    format!("{shown} is set to nil here")
                };
                related.push((NoteAt::Here(f[*store].span), note));
            }
            Origin::CalleeResult { call, callee, site } => {
                related.push((
                    NoteAt::Here(f[*call].span),
                    format!("{shown} is nil: it comes from this call to {callee}"),
                ));
                // A model's nil has no source to point at: the call is the place.
                if !site.is_nowhere() {
                    related.push((
                        NoteAt::Site(site.clone()),
                        format!("{callee} returns a nil map here"),
                    ));
                }
            }
            // A modelled function of the standard library has no site to point to.
            Origin::CalleeField { call, callee, names, site } if site.is_nowhere() => {
                related.push((
                    NoteAt::Here(f[*call].span),
                    format!("{shown} is nil: {callee} does not set `{names}`"),
                ));
            }
            Origin::CalleeField { call, callee, names, site } => {
                related.push((
                    NoteAt::Here(f[*call].span),
                    format!("{shown} is nil: {callee} at {} does not set `{names}`", at_text(site)),
                ));
                related.push((
                    NoteAt::Site(site.clone()),
                    format!("{callee} leaves `{names}` nil here"),
                ));
            }
            Origin::GlobalAtMainStart { name, decl } => {
                let short = crate::nilness::short_name(name);
                if let Some(decl) = decl {
                    related.push((
                        NoteAt::Site(decl.clone()),
                        format!("`{short}` is declared here without a value, and main uses it before anything else touches it"),
                    ));
                }
            }
            Origin::Global { name, decl } => {
                let short = crate::nilness::short_name(name);
                if let Some(decl) = decl {
                    related.push((
                        NoteAt::Site(decl.clone()),
                        format!("`{short}` is declared here without a value, and no code of the module makes it"),
                    ));
                }
            }
            Origin::FailedCommaOk(instr) => {
                let note = if matches!(f[*instr].kind, InstrKind::Recv { .. }) {
                    format!(
                        "{shown} is nil when the channel is closed: this receive gives the zero value"
                    )
                } else {
                    format!(
                        "{shown} is nil when this type assertion fails: it gives the zero value"
                    )
                };
                related.push((NoteAt::Here(f[*instr].span), note));
            }
            Origin::CalleeNils { call, callee, site } => {
                related.push((NoteAt::Site(site.clone()), format!("{callee} sets it to nil here")));
                related.push((
                    NoteAt::Here(f[*call].span),
                    format!("{shown} is nil after this call to {callee}"),
                ));
            }
            Origin::FieldNeverMade { field, decl, dead_maker } => {
                if let Some(decl) = decl {
                    let note = match dead_maker {
                        // A package-level function's short name has no receiver.
                        Some(maker) if !maker.contains('.') => format!(
                            "`{field}` is declared here, and only {maker} makes it, which no \
                             code calls"
                        ),
                        Some(maker) => format!(
                            "`{field}` is declared here, and only {maker} makes it, which no \
                             code calls and which satisfies no interface"
                        ),
                        None => format!(
                            "`{field}` is declared here, and no code of the module makes it"
                        ),
                    };
                    related.push((NoteAt::Site(decl.clone()), note));
                }
            }
            Origin::UnsetInEveryValue { field, map, literal } => {
                related.push((
                    NoteAt::Site(literal.clone()),
                    format!(
                        "every value the module stores into a `{field}` field of this type \
                         leaves `{map}` nil, as this literal does"
                    ),
                ));
            }
            Origin::JsonNull(call) => {
                related.push((
                    NoteAt::Here(f[*call].span),
                    format!("{shown} is set to nil here: the JSON has null for it"),
                ));
            }
            Origin::JsonReplaced(call) => {
                related.push((
                    NoteAt::Here(f[*call].span),
                    format!(
                        "{shown} is set to nil here: the type's UnmarshalJSON stores a fresh \
                         decode over the value, and the JSON has no value for it"
                    ),
                ));
            }
            // Summary mode only: the caller decides.
            Origin::JsonElement(element) => {
                let lacks = if element.null { "has null for it" } else { "has no value for it" };
                let note = match element.element {
                    _ if element.never_decoded => format!(
                        "{shown} stays nil in every element of the JSON array decoded here: \
                         encoding/json never sets an unexported field, one tagged `json:\"-\"`, or one \
                         beside an embedded field whose UnmarshalJSON the struct takes as its own"
                    ),
                    Some(index) => format!(
                        "{shown} stays nil in element {index} of the JSON array decoded here, \
                         which {lacks}"
                    ),
                    None => format!(
                        "{shown} stays nil in an element of the JSON array decoded here whose \
                         object has no value for it"
                    ),
                };
                related.push((NoteAt::Here(f[element.call].span), note));
            }
            Origin::JsonPointee(pointee) => {
                let note = match pointee.never_decoded {
                    true => format!(
                        "{shown} is nil in the struct encoding/json makes for a nil pointer \
                         field here: it never sets an unexported field, one tagged `json:\"-\"`, or one \
                         beside an embedded field whose UnmarshalJSON the struct takes as its own"
                    ),
                    false => format!(
                        "{shown} is nil in the struct encoding/json makes for a nil pointer \
                         field here when the data has no value for it"
                    ),
                };
                related.push((NoteAt::Here(f[pointee.call].span), note));
            }
            Origin::SentWithout { site } => {
                related.push((
                    NoteAt::Site(site.clone()),
                    format!(
                        "{shown} is nil when the value received is the one sent here, which does \
                         not set it"
                    ),
                ));
            }
            Origin::BoxedNil { site } => {
                related.push((
                    NoteAt::Site(site.clone()),
                    format!(
                        "{shown} is nil when the value asserted is the one boxed here, a nil map \
                         in a non-nil interface"
                    ),
                ));
            }
            Origin::StoredWithout { site } => {
                related.push((
                    NoteAt::Site(site.clone()),
                    format!(
                        "{shown} is nil when the value loaded is the one stored here, which does \
                         not set it"
                    ),
                ));
            }
            Origin::StdDefault { note } => {
                related.push((NoteAt::Here(span), format!("{shown} is nil: {note}")));
            }
            Origin::ErrorValue { site } => {
                related.push((
                    NoteAt::Site(site.clone()),
                    format!(
                        "{shown} is nil when errors.As finds the error made here, which does not \
                         set it"
                    ),
                ));
            }
            Origin::AppendedWithout { slice, map } => {
                related.push((
                    NoteAt::Here(span),
                    format!(
                        "{shown} is nil in an element that the module puts into `{slice}` \
                         without `{map}`, which only creation sets"
                    ),
                ));
            }
            Origin::ShrunkInPlace { call, deleter, through } => {
                let by = through.as_ref().map_or(String::new(), |t| format!(", through {t},"));
                related.push((
                    NoteAt::Here(f[*call].span),
                    format!(
                        "{shown} may be nil after this call{by} which deletes from the slice \
                         with {deleter}: that zeroes the old last element, which the pointer \
                         still points to"
                    ),
                ));
            }
            Origin::BoxedLiteral { map, site } => {
                related.push((
                    NoteAt::Site(site.clone()),
                    format!(
                        "{shown} may be nil: this literal, which the module puts into an \
                         interface, leaves out `{map}`, and only creation sets it"
                    ),
                ));
            }
            Origin::GlobalLiteral { global, map, site } => {
                related.push((
                    NoteAt::Site(site.clone()),
                    format!(
                        "{shown} is nil: package-level `{global}` is declared with this literal, \
                         which leaves out `{map}`, and only creation sets it"
                    ),
                ));
            }
            Origin::UnmadeSlot { array, unmade } => {
                let indices: Vec<String> = unmade.iter().map(usize::to_string).collect();
                related.push((
                    NoteAt::Here(span),
                    format!(
                        "{shown} is nil in a slot of `{array}` that the module never makes \
                         (index {})",
                        indices.join(", ")
                    ),
                ));
            }
            Origin::PoolNew { new } => {
                related.push((
                    NoteAt::Here(span),
                    format!(
                        "{shown} is nil when the pool is empty: its New ({new}) builds the value \
                         without it"
                    ),
                ));
            }
            Origin::TableElement { table, map } => {
                related.push((
                    NoteAt::Here(span),
                    format!(
                        "{shown} is nil in an element of {table} whose literal leaves `{map}` \
                         out, which only creation sets"
                    ),
                ));
            }
            Origin::CapturedElement { site } => {
                related.push((
                    NoteAt::Site(site.clone()),
                    format!(
                        "{shown} is nil: the slice is made here, and no code fills that map in its \
                         elements"
                    ),
                ));
            }
            Origin::CapturedNilStore { name, site } => {
                related.push((
                    NoteAt::Site(site.clone()),
                    format!(
                        "`{name}` is set to nil here, by another function literal handed on \
                         with this one, which may run before it"
                    ),
                ));
            }
            Origin::UnparsedForm { field } => {
                related.push((
                    NoteAt::Here(f.span),
                    format!(
                        "{shown} is nil: net/http hands this handler a request whose `{field}` \
                         nothing has parsed yet (`ParseForm` makes it), and no call on the way \
                         parses it"
                    ),
                ));
            }
            Origin::HelperMiss { call, callee } => {
                related.push((
                    NoteAt::Here(f[*call].span),
                    format!(
                        "{shown} is nil when the key is missing: {callee} then returns the zero \
                         value, which this function stamps with the key and hands back as a new \
                         entry"
                    ),
                ));
            }
            Origin::MissingKey(lookup) => {
                let tested = matches!(f[*lookup].kind, InstrKind::MapLookup { comma_ok: true, .. });
                let note = if tested {
                    format!(
                        "{shown} is nil when the key is missing: this lookup then gives the zero \
                         value, and the path goes on to the write"
                    )
                } else {
                    format!(
                        "{shown} is nil when the key is missing: this lookup then gives the zero \
                         value, which the function stores back under the key as a new entry"
                    )
                };
                related.push((NoteAt::Here(f[*lookup].span), note));
            }
            Origin::UncoveredElementKey { lookup, key, keys, call } => {
                let spell = crate::checks::nested_map_write::spell;
                let stored = if keys.is_empty() {
                    "no key".to_string()
                } else {
                    keys.iter().map(spell).collect::<Vec<_>>().join(", ")
                };
                related.push((
                    NoteAt::Here(f[*lookup].span),
                    format!(
                        "{shown} is nil for the key {}: this lookup then gives the zero value, \
                         and the module stores elements in this map only under {stored}",
                        spell(key)
                    ),
                ));
                if let Some(site) = call {
                    related.push((
                        NoteAt::Site(site.clone()),
                        format!("called here with the key {}", spell(key)),
                    ));
                }
            }
            Origin::ForeignKey(lookup, creation, constant) => {
                let (created, looked_up) = match constant {
                    Some(c) => (
                        format!("inner maps are created here, none of them for {c}"),
                        format!("{shown} is looked up here under {c}, which has no inner map"),
                    ),
                    None => (
                        "inner maps are created here, for the keys of another collection".into(),
                        format!(
                            "{shown} is looked up here under a key drawn from elsewhere; a \
                             missing key gives a nil map"
                        ),
                    ),
                };
                related.push((NoteAt::Here(f[*creation].span), created));
                related.push((NoteAt::Here(f[*lookup].span), looked_up));
            }
            Origin::Param { .. } | Origin::JsonParam { .. } => {}
        }
    }
    related
}

/// The receiver's text of a method call `x.m(...)`, when the call is spelt so.
pub fn receiver_text(call: &str) -> Option<&str> {
    let callee = &call[..call.find('(')?];
    let (receiver, _) = callee.rsplit_once('.')?;
    (!receiver.is_empty()).then_some(receiver)
}

/// `file.go:12`, the short form of a site for a message.
fn at_text(site: &Site) -> String {
    let file = site.path.rsplit('/').next().unwrap_or(&site.path);
    format!("{file}:{}", site.line)
}

/// The map operand's text of an index expression `m.f[k]`: everything before its last
/// top-level `[`.
pub fn map_expr_text(index_expr: &str) -> &str {
    let mut depth = 0usize;
    for (i, c) in index_expr.char_indices().rev() {
        match c {
            ']' | ')' | '}' => depth += 1,
            '[' | '(' | '{' => {
                depth = depth.saturating_sub(1);
                if depth == 0 && c == '[' {
                    return index_expr[..i].trim();
                }
            }
            _ => {}
        }
    }
    ""
}

/// The declaration of the identifier at `offset` (the map variable of `m[k] = v`), and whether
/// it is declared without a value (`var m map[K]V`).
fn declaration(cx: &FunctionContext<'_>, offset: u32) -> Option<(Span, bool)> {
    let obj = cx.program.obj(*cx.info.uses.get(&offset)?);
    // Only a variable declared in this file: `T{}.m[k]` starts with a type's name, which may be
    // declared elsewhere, and offsets are meaningful only in their own file.
    let declared_here = obj
        .file
        .is_some_and(|fid| std::ptr::eq(&cx.program.loaded.files[fid.0 as usize].ast, cx.file));
    if !declared_here || !matches!(obj.kind, ObjKind::Var { .. }) {
        return None;
    }
    let name_len = u32::try_from(obj.name.len()).ok()?;
    let decl = Span::new(obj.pos, obj.pos.checked_add(name_len)?);
    let rest = cx.file.source.get(obj.pos as usize..)?;
    let line = rest.split(|&b| b == b'\n').next().unwrap_or(&[]);
    let line_start = cx.file.line_index.line_col(obj.pos);
    let before = cx.file.source.get((obj.pos - (line_start.col - 1)) as usize..obj.pos as usize)?;
    let no_value = before.trim_ascii_start().starts_with(b"var") && !line.contains(&b'=');
    Some((decl, no_value))
}
