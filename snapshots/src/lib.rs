//! Nothing here: the snapshot tests are in `tests/screens.rs`, their images in `tests/snapshots/`.
