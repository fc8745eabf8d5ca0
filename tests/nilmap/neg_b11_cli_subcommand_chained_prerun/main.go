// A small CLI framework runs every PreRun hook on the path to the chosen command, root first. The
// root's hook makes the ETag cache; "sync" defines a hook of its own for the remote, which runs
// after the root's, so sync stores ETags into the made cache.
package main

import (
	"errors"
	"fmt"
	"os"
)

type App struct {
	remote string
	etags  map[string]string
}

type Command struct {
	Name   string
	PreRun func(*App)
	Run    func(*App, []string) error
	Subs   []*Command
}

// execute walks args down the command tree and runs the deepest command found.
func execute(root *Command, app *App, args []string) error {
	cmd := root
	hooks := []func(*App){root.PreRun}
	for len(args) > 0 {
		var next *Command
		for _, s := range cmd.Subs {
			if s.Name == args[0] {
				next = s
			}
		}
		if next == nil {
			break
		}
		cmd, args = next, args[1:]
		hooks = append(hooks, cmd.PreRun)
	}
	if cmd.Run == nil {
		return errors.New(cmd.Name + ": not runnable")
	}
	for _, hook := range hooks {
		if hook != nil {
			hook(app)
		}
	}
	return cmd.Run(app, args)
}

func syncRun(app *App, args []string) error {
	for i, obj := range args {
		app.etags[obj] = fmt.Sprintf("W/\"%x\"", 0xbeef+i)
	}
	fmt.Printf("synced %d objects from %s\n", len(args), app.remote)
	return nil
}

func main() {
	root := &Command{
		Name:   "objctl",
		PreRun: func(a *App) { a.etags = make(map[string]string) },
		Subs: []*Command{
			{Name: "ls", Run: func(a *App, _ []string) error { fmt.Println(len(a.etags), "cached"); return nil }},
			{
				Name:   "sync",
				PreRun: func(a *App) { a.remote = "s3://backups-eu" },
				Run:    syncRun,
			},
		},
	}
	if err := execute(root, &App{}, []string{"sync", "db.tar", "media.tar"}); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
