// Reduced from DataDog/dd-trace-go v2.12.0, openfeature/exposure_hook.go:54
// (exposureHook.Error), where mapscope check reported the write to `h.evaluationMetadata` by
// the goroutines of TestExposureRetainedHooksAreGuardedConcurrently
// (exposure_multiprovider_test.go:103) racing with itself. The hook writes the metadata only
// after `supports`, which holds only when the hook context's provider is named "Datadog
// Provider"; the test builds its context for a provider named "MultiProvider {...}", so
// every hook call returns at the guard, and the test asserts that the field stayed nil. A near
// miss: the guard, decided by a constant name, keeps every goroutine away from the map. Our
// own rewrite.
package main

import (
	"errors"
	"fmt"
	"sync"
)

const ownProviderName = "Datadog Provider"

type providerMetadata struct {
	Name string
}

type hookContext struct {
	flag     string
	provider providerMetadata
}

func newHookContext(flag string, provider providerMetadata) hookContext {
	return hookContext{flag: flag, provider: provider}
}

func (c hookContext) ProviderMetadata() providerMetadata { return c.provider }

type exposureHook struct {
	evaluationMetadata map[string]any
	warned             sync.Once
}

func (h *exposureHook) supports(ctx hookContext) bool {
	if ctx.ProviderMetadata().Name == ownProviderName {
		return true
	}
	h.warned.Do(func() { fmt.Println("exposures are disabled for composed providers") })
	return false
}

func (h *exposureHook) after(ctx hookContext, metadata map[string]any) {
	if !h.supports(ctx) {
		return
	}
	h.evaluationMetadata = metadata
}

func (h *exposureHook) onError(ctx hookContext, err error) {
	if !h.supports(ctx) {
		return
	}
	if h.evaluationMetadata != nil {
		h.evaluationMetadata["after_error"] = err.Error()
	}
}

func main() {
	hook := &exposureHook{}
	ctx := newHookContext("experiment", providerMetadata{Name: "MultiProvider {datadog: Datadog Provider}"})
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			hook.after(ctx, map[string]any{"allocation": "a1"})
			hook.onError(ctx, errors.New("rejected"))
		})
	}
	wg.Wait()
	fmt.Println(hook.evaluationMetadata == nil)
}
