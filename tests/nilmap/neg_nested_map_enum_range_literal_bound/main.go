// A maintenance scheduler makes one inner map of booked hours per weekday, counting from
// weekday 0 up to 7, so every day a parsed window falls on, Saturday included, has its inner
// map before Book writes. The near miss of pos_b18_nested_map_weekday_slots_workdays_only.
package main

import (
	"fmt"
	"time"
)

type Scheduler struct {
	booked map[time.Weekday]map[int]string
}

func NewScheduler() *Scheduler {
	s := &Scheduler{booked: map[time.Weekday]map[int]string{}}
	for d := time.Weekday(0); d < 7; d++ {
		s.booked[d] = map[int]string{}
	}
	return s
}

func (s *Scheduler) Book(day time.Weekday, hour int, task string) error {
	if owner, taken := s.booked[day][hour]; taken {
		return fmt.Errorf("%s %02d:00 already booked by %s", day, hour, owner)
	}
	s.booked[day][hour] = task
	return nil
}

func main() {
	s := NewScheduler()
	for _, w := range []string{"2026-06-02 03:00", "2026-06-06 22:00", "2026-06-06 22:00"} {
		t, err := time.Parse("2006-01-02 15:04", w)
		if err != nil {
			fmt.Println("skip:", err)
			continue
		}
		if err := s.Book(t.Weekday(), t.Hour(), "os-patch"); err != nil {
			fmt.Println(err)
		}
	}
	fmt.Println(len(s.booked), "days with slots")
}
