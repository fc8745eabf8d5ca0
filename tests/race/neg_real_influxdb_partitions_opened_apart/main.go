// Reduced from influxdata/influxdb v1.13.2, tsdb/index/tsi1/log_file.go:686 and :1449, where
// mapscope check reported a tag set's `tagValues` map and a tag value's `series` map written by
// several instances of one goroutine. Index.Open (index.go:350) opens every partition with
// `g.Go(i.partitions[idx].Open)` on an errgroup, and each Open replays its own log file, made by
// openLogFile, into maps its callees make (createTagSetIfNotExists returns a tag set holding a
// new map). CreateSeriesListIfNotExists (index.go:734) starts workers that each claim the next
// partition with an atomic add and add series to that partition's log file under the file's
// mutex. Each partition is made by its own NewPartition call and owns its log file and the maps
// under it, so no two goroutines write the same map. A near miss: one goroutine per partition
// (a method value on the errgroup, then atomically claimed indices), each map reached only from
// its own partition. mapscope reports the errgroup half here (the first line's cause, a method
// value started on the errgroup, with the maps made by callees); the workers' half is kept as
// the shape of the second line, which this program does not reproduce. Our own rewrite.
package main

import (
	"fmt"
	"path/filepath"
	"sync"
	"sync/atomic"

	"golang.org/x/sync/errgroup"
)

const tagValueTombstoneFlag = 0x04

type logEntry struct {
	flag             byte
	seriesID         uint64
	name, key, value []byte
}

type logTagValue struct {
	name    []byte
	deleted bool
	series  map[uint64]struct{}
}

func (tv *logTagValue) addSeriesID(id uint64) {
	tv.series[id] = struct{}{}
}

type logTagKey struct {
	name      []byte
	deleted   bool
	tagValues map[string]logTagValue
}

func (tk *logTagKey) createTagValueIfNotExists(value []byte) logTagValue {
	tv, ok := tk.tagValues[string(value)]
	if !ok {
		tv = logTagValue{name: value, series: make(map[uint64]struct{})}
	}
	return tv
}

type logMeasurement struct {
	name   []byte
	tagSet map[string]logTagKey
	series map[uint64]struct{}
}

func (m *logMeasurement) createTagSetIfNotExists(key []byte) logTagKey {
	ts, ok := m.tagSet[string(key)]
	if !ok {
		ts = logTagKey{name: key, tagValues: make(map[string]logTagValue)}
	}
	return ts
}

type logMeasurements map[string]*logMeasurement

type logFile struct {
	mu   sync.RWMutex
	path string
	mms  logMeasurements
}

func newLogFile(path string) *logFile {
	return &logFile{path: path, mms: make(logMeasurements)}
}

func (f *logFile) Open() error {
	if err := f.open(); err != nil {
		f.Close()
		return err
	}
	return nil
}

func (f *logFile) open() error {
	for _, flag := range []byte{0, tagValueTombstoneFlag} {
		var e logEntry
		e.flag, e.seriesID = flag, 1
		e.name, e.key, e.value = []byte("cpu"), []byte("host"), []byte(f.path)
		f.execEntry(&e)
	}
	return nil
}

func (f *logFile) Close() error {
	f.mms = make(logMeasurements)
	return nil
}

func (f *logFile) execEntry(e *logEntry) {
	switch e.flag {
	case tagValueTombstoneFlag:
		f.execDeleteTagValueEntry(e)
	default:
		f.execSeriesEntry(e)
	}
}

func (f *logFile) execSeriesEntry(e *logEntry) {
	mm := f.createMeasurementIfNotExists(e.name)
	ts := mm.createTagSetIfNotExists(e.key)
	tv := ts.createTagValueIfNotExists(e.value)
	tv.addSeriesID(e.seriesID)
	ts.tagValues[string(e.value)] = tv
	mm.tagSet[string(e.key)] = ts
}

func (f *logFile) addSeriesList(entries []logEntry) {
	f.mu.Lock()
	defer f.mu.Unlock()
	for j := range entries {
		f.execEntry(&entries[j])
	}
}

func (f *logFile) createMeasurementIfNotExists(name []byte) *logMeasurement {
	mm := f.mms[string(name)]
	if mm == nil {
		mm = &logMeasurement{name: name, tagSet: make(map[string]logTagKey), series: make(map[uint64]struct{})}
		f.mms[string(name)] = mm
	}
	return mm
}

func (f *logFile) execDeleteTagValueEntry(e *logEntry) {
	mm := f.createMeasurementIfNotExists(e.name)
	ts := mm.createTagSetIfNotExists(e.key)
	tv := ts.createTagValueIfNotExists(e.value)
	tv.deleted = true
	ts.tagValues[string(e.value)] = tv
	mm.tagSet[string(e.key)] = ts
}

type partition struct {
	mu            sync.RWMutex
	path          string
	activeLogFile *logFile
}

func newPartition(path string) *partition {
	return &partition{path: path}
}

func (p *partition) openLogFile(path string) (*logFile, error) {
	f := newLogFile(path)
	if err := f.Open(); err != nil {
		return nil, err
	}
	return f, nil
}

func (p *partition) Open() error {
	p.mu.Lock()
	defer p.mu.Unlock()
	f, err := p.openLogFile(filepath.Join(p.path, "L0-00000001.tsl"))
	if err != nil {
		return err
	}
	p.activeLogFile = f
	return nil
}

func (p *partition) createSeriesListIfNotExists(entries []logEntry) {
	p.mu.RLock()
	defer p.mu.RUnlock()
	p.activeLogFile.addSeriesList(entries)
}

type index struct {
	path       string
	partitions []*partition
}

func (i *index) Open() error {
	i.partitions = make([]*partition, 4)
	for j := 0; j < len(i.partitions); j++ {
		i.partitions[j] = newPartition(filepath.Join(i.path, fmt.Sprint(j)))
	}
	g := new(errgroup.Group)
	for idx := 0; idx < len(i.partitions); idx++ {
		g.Go(i.partitions[idx].Open)
	}
	return g.Wait()
}

func (i *index) createSeriesListIfNotExists(perPartition [][]logEntry) {
	var next uint32
	var wg sync.WaitGroup
	for k := 0; k < 2; k++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				idx := int(atomic.AddUint32(&next, 1) - 1)
				if idx >= len(i.partitions) {
					return
				}
				i.partitions[idx].createSeriesListIfNotExists(perPartition[idx])
			}
		}()
	}
	wg.Wait()
}

func main() {
	i := &index{path: "db0"}
	if err := i.Open(); err != nil {
		panic(err)
	}
	perPartition := make([][]logEntry, len(i.partitions))
	for idx := range perPartition {
		perPartition[idx] = []logEntry{{seriesID: uint64(10 + idx), name: []byte("mem"), key: []byte("host"), value: []byte("server")}}
	}
	i.createSeriesListIfNotExists(perPartition)
	total := 0
	for _, p := range i.partitions {
		total += len(p.activeLogFile.mms)
	}
	fmt.Println("measurements:", total)
}
