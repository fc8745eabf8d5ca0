// Shape of a real fix: int128/argocd-commenter PR #613 ("Fix nil panic if Application has no
// annotations"): a patch helper ran a mutating closure that wrote the object's annotation map,
// nil when the application had none.
// This program is our own reproduction of that shape, not the project's code.
package main

import "fmt"

type Application struct {
	Name        string
	Annotations map[string]string
}

func patch(app *Application, mutate func(*Application)) Application {
	next := *app
	mutate(&next)
	return next
}

func recordHealth(app *Application, status string) Application {
	return patch(app, func(a *Application) {
		a.Annotations["commenter/last-health"] = status // want "nil map"
	})
}

func main() {
	app := &Application{Name: "guestbook"}
	fmt.Println(recordHealth(app, "Healthy").Name)
}
