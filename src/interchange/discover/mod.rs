//! Discover.
