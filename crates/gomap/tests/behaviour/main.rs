//! gomap's behaviour tests as one binary: drop accounting, iteration, model-based properties,
//! panic safety and the Go 1.19 oracle. One binary, so every shared hasher in `common` is used
//! and the suite links once (and runs once under valgrind).

mod common;
mod drops;
mod iteration;
mod model;
mod oracle;
mod panics;
